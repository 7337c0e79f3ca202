import {
  XmlDocument,
  XmlElement,
  XmlLibError,
  XmlText,
  XmlCData,
  XsdValidator,
  XmlValidateError,
} from 'libxml2-wasm';

/** Why an XML text was not read. */
export class XmlReadError extends Error {
  constructor(
    readonly reason: 'doctype' | 'malformed',
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** One element as plain data: name, line, text (leaf) and children in document order. */
export interface XmlNodeData {
  name: string;
  line: number;
  text: string;
  children: XmlNodeData[];
}

/** One schema violation: line of the offending node and libxml2's message. */
export interface XsdIssue {
  line: number;
  message: string;
  path: string | null;
}

/**
 * Entity expansion (billion laughs) and external entities (XXE) are refused before parsing: a
 * document type declaration has no place in a data file, so any is refused.
 */
export function assertNoDoctype(text: string): void {
  const m = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (m) {
    const line = text.slice(0, m.index).split('\n').length;
    throw new XmlReadError('doctype', 'DOCTYPE or ENTITY declaration refused', line);
  }
}

/** Parses XML text (no DOCTYPE, no entity, no network) into plain data. */
export function readXml(text: string): XmlNodeData {
  assertNoDoctype(text);
  const doc = parse(text);
  try {
    return toData(doc.root);
  } finally {
    doc.dispose();
  }
}

function parse(text: string): XmlDocument {
  try {
    return XmlDocument.fromString(text);
  } catch (err) {
    if (err instanceof XmlLibError) {
      const d = err.details?.[0];
      throw new XmlReadError('malformed', d?.message?.trim() ?? err.message, d?.line ?? null);
    }
    throw err;
  }
}

function toData(el: XmlElement): XmlNodeData {
  const children: XmlNodeData[] = [];
  let text = '';
  for (let n = el.firstChild; n; n = n.next) {
    if (n instanceof XmlElement) {
      children.push(toData(n));
    } else if (n instanceof XmlText || n instanceof XmlCData) {
      text += n.content;
    }
  }
  return { name: el.name, line: el.line, text: children.length ? '' : text.trim(), children };
}

/** An XSD compiled once, validating whole documents (libxml2, no network access). */
export class XsdSchema {
  private readonly validator: XsdValidator;
  private readonly schemaDoc: XmlDocument;

  constructor(xsd: string) {
    this.schemaDoc = XmlDocument.fromString(xsd);
    this.validator = XsdValidator.fromDoc(this.schemaDoc);
  }

  /** Every violation of `text` (which must be free of DOCTYPE); empty when valid. */
  validate(text: string): XsdIssue[] {
    assertNoDoctype(text);
    const doc = parse(text);
    try {
      this.validator.validate(doc);
      return [];
    } catch (err) {
      if (err instanceof XmlValidateError) {
        return (err.details ?? []).map((d) => ({
          line: d.line,
          message: d.message.trim(),
          path: d.xpath ?? null,
        }));
      }
      throw err;
    } finally {
      doc.dispose();
    }
  }

  dispose(): void {
    this.validator.dispose();
    this.schemaDoc.dispose();
  }
}

/** Escapes text for an XML element's content. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
