/**
 * The first parsing stage: htmlparser2 events → a small node tree that remembers where each node
 * starts in the source, for error positions.
 */
import { Parser } from 'htmlparser2';

export interface ElementNode {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  /** Offset of the `<` of the opening tag. */
  at: number;
  children: Node[];
}

export interface TextNode {
  type: 'text';
  data: string;
  at: number;
}

export type Node = ElementNode | TextNode;

/** An error found at a source offset; turned into line/column at the end. */
export interface Located {
  at: number;
  what: string;
}

/** Void elements get an implied close from htmlparser2 that is not a nesting mistake. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/**
 * Builds the node tree. htmlparser2 repairs bad nesting the way browsers do (`<p>a<ul>` closes
 * the `<p>`); every such repair is reported instead, since it means the template is not what
 * its author thinks it is. Returns the first such error; the tree is faithful up to it.
 */
export function buildTree(html: string): { root: ElementNode; error?: Located } {
  const root: ElementNode = { type: 'element', name: '#root', attrs: {}, at: 0, children: [] };
  const stack: ElementNode[] = [root];
  let error: Located | undefined;
  /** An element htmlparser2 closed without a close tag; the next event tells why. */
  let impliedClose: ElementNode | undefined;

  const fail = (at: number, what: string): void => {
    error ??= { at, what };
  };
  const current = (): ElementNode => stack[stack.length - 1] ?? root;
  const reportUnclosed = (): void => {
    if (impliedClose) fail(impliedClose.at, `element <${impliedClose.name}> is not closed`);
    impliedClose = undefined;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs, isImplied) {
        const at = parser.startIndex;
        if (impliedClose) {
          fail(at, `element <${name}> cannot appear inside <${impliedClose.name}> (close </${impliedClose.name}> first)`);
          impliedClose = undefined;
        }
        // `</p>` or `</br>` without an opening tag: htmlparser2 invents the element.
        if (isImplied) fail(at, `closing tag </${name}> without an opening tag`);
        const node: ElementNode = { type: 'element', name, attrs, at, children: [] };
        current().children.push(node);
        stack.push(node);
      },
      onclosetag(name, isImplied) {
        const node = stack.pop();
        if (isImplied && !VOID_ELEMENTS.has(name)) {
          impliedClose ??= node;
        } else if (!isImplied) {
          reportUnclosed();
        }
      },
      ontext(data) {
        const parent = current();
        const last = parent.children[parent.children.length - 1];
        // Entities arrive as separate events; keep one node so positions point at the text's start.
        if (last?.type === 'text') last.data += data;
        else parent.children.push({ type: 'text', data, at: parser.startIndex });
      },
      onprocessinginstruction(name) {
        fail(parser.startIndex, `unsupported declaration <${name}>`);
      },
      onend() {
        reportUnclosed();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.parseComplete(html);
  return error ? { root, error } : { root };
}
