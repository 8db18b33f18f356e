/**
 * The host globals core/ may use, and nothing more. tsconfig.core.json gives core/ the ECMAScript
 * library only (no DOM, no @types/node), so a global that every host core runs in (Node, Electron's
 * renderer, a Web Worker) provides but ECMAScript does not define must be declared here, by hand,
 * as the subset core/ calls. Anything else (`window`, `document`, `process`, `Buffer`, `fs`, …) is a
 * type error in core/.
 *
 * The shapes follow TypeScript's lib.dom.d.ts and @types/node, so what type-checks here also does
 * in the renderer's and Node's programs (which bring their own, fuller declarations, and never
 * include this file).
 */

// WHATWG Encoding: byte ⇄ text (core/text, the DOCX writer). Values only, as @types/node declares
// them: neither host program has a global `TextDecoder` *type*, so write
// `InstanceType<typeof TextDecoder>` where one is needed.
declare var TextDecoder: {
  new (
    label?: string,
    options?: { fatal?: boolean; ignoreBOM?: boolean },
  ): {
    readonly encoding: string;
    readonly fatal: boolean;
    readonly ignoreBOM: boolean;
    decode(input?: ArrayBufferLike | ArrayBufferView<ArrayBufferLike>, options?: { stream?: boolean }): string;
  };
};
declare var TextEncoder: {
  new (): {
    readonly encoding: string;
    encode(input?: string): Uint8Array<ArrayBuffer>;
    encodeInto(source: string, destination: Uint8Array<ArrayBufferLike>): { read: number; written: number };
  };
};

// DOM Standard: cancellation of a long import (core/import). Only what core reads; the caller
// (renderer, CLI) makes the AbortController.
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
}

// HTML timers: yielding to the event loop (core/doc/to-docx.ts). The handle is opaque: a number
// in the browser, a Timeout object in Node.
declare function setTimeout(handler: (...args: never[]) => void, timeout?: number): unknown;
