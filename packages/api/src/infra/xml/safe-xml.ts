/*
 * libxml2 (WebAssembly) for XSD validation. The module instantiates its WebAssembly memory when
 * imported: load this file with a dynamic import, when an XSD is first needed (decp-schemas.ts).
 */
import { XmlDocument, XmlLibError, XsdValidator, XmlValidateError } from 'libxml2-wasm';

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

/** An XSD compiled once, validating documents (a whole file, or one element of it alone) (libxml2, no network access). */
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
