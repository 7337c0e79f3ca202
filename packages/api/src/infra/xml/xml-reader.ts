import { SaxesParser } from 'saxes';
import { XmlReadError } from './xml-error.js';

export { XmlReadError } from './xml-error.js';

/** One element as the reader reports it: local name (prefix dropped) and attributes. */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  /** Local names of the open ancestors, outermost first (not including this element). */
  path: readonly string[];
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  close?(name: string, path: readonly string[]): void;
  text?(text: string, path: readonly string[]): void;
}

export interface XmlReadOptions {
  /** Deepest element nesting accepted (default 64). */
  maxDepth?: number;
  /** Characters handed to the parser at a time (default 64 Ki): progress and memory stay even. */
  chunkSize?: number;
  /** Called after each chunk with the share of the text read (0–1). */
  onProgress?(share: number): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams an XML text through saxes (a conforming, non-validating parser) to the handlers.
 * Safe on hostile input: a DOCTYPE is refused before anything else (no DTD, so no external
 * entity and no entity expansion: XXE and "billion laughs" cannot happen), an undefined entity
 * is an error, and nesting is bounded. Any malformation throws an XmlReadError.
 */
export function readXml(text: string, handlers: XmlHandlers, options: XmlReadOptions = {}): void {
  const maxDepth = options.maxDepth ?? 64;
  const chunkSize = options.chunkSize ?? 65_536;
  if (text.trim() === '') {
    throw new XmlReadError('xml/empty', 'Le fichier est vide.');
  }
  const parser = new SaxesParser({ position: true });
  const path: string[] = [];
  let failure: XmlReadError | undefined;
  const fail = (err: XmlReadError) => {
    failure ??= err;
    throw err;
  };
  parser.on('doctype', () =>
    fail(
      new XmlReadError(
        'xml/doctype_forbidden',
        'Le fichier contient une déclaration DOCTYPE (entités, DTD) : refusée par sécurité.',
      ),
    ),
  );
  parser.on('error', (err) =>
    fail(new XmlReadError('xml/malformed', `XML mal formé : ${err.message}`)),
  );
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    if (path.length >= maxDepth) {
      fail(
        new XmlReadError('xml/too_deep', `Imbrication XML trop profonde (plus de ${maxDepth}).`),
      );
    }
    handlers.open?.({ name, attributes: node.attributes as Record<string, string>, path });
    path.push(name);
  });
  parser.on('closetag', (node) => {
    path.pop();
    handlers.close?.(localName(node.name), path);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (t) => onText(t, path));
  }
  try {
    for (let i = 0; i < text.length;) {
      let end = Math.min(text.length, i + chunkSize);
      // Never split a surrogate pair between two chunks.
      if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) {
        end++;
      }
      parser.write(text.slice(i, end));
      i = end;
      options.onProgress?.(i / text.length);
    }
    if (path.length > 0) {
      fail(
        new XmlReadError(
          'xml/truncated',
          `Le fichier XML s’arrête avant la fin (élément « ${path[path.length - 1]} » non refermé) : fichier tronqué.`,
        ),
      );
    }
    parser.close();
  } catch (err) {
    if (failure) {
      throw failure;
    }
    // An error of a handler passes on as it is.
    throw err;
  }
}
