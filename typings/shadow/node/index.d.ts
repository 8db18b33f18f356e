// An empty stand-in for @types/node, used as a typeRoot by tsconfig.core.json and
// tsconfig.renderer.json. @types/papaparse says `/// <reference types="node" />`, which would
// otherwise bring Node's globals (Buffer, process, NodeJS.*) into programs that must not see them.
// Resolving "node" here first keeps core/ (ECMAScript only) and renderer/ (DOM) honest.
export {};
