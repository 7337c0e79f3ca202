/** How the bytes of an XML file were read. */
export interface DecodedXml {
  text: string;
  /** The encoding actually used (whatever the prolog declares). */
  encoding: 'UTF-8' | 'ISO-8859-1';
  /** The encoding named in the prolog, if any. */
  declared: string | null;
  /** U+FFFD characters in the text: a file already damaged by a bad conversion (mojibake). */
  replacementCharacters: number;
}

const DECLARED = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/**
 * Decodes XML bytes: strict UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise
 * ISO-8859-1, whatever the prolog says (files often declare one and hold the other). Every
 * byte sequence decodes: ISO-8859-1 maps each byte to one character.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  let text: string;
  let encoding: DecodedXml['encoding'];
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    encoding = 'UTF-8';
  } catch {
    // Exact ISO-8859-1 (the WHATWG "latin1" label would be windows-1252).
    text = Buffer.from(bytes).toString('latin1');
    encoding = 'ISO-8859-1';
  }
  let replacementCharacters = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    replacementCharacters++;
  }
  return {
    text,
    encoding,
    declared: DECLARED.exec(text.slice(0, 200))?.[1]?.toUpperCase() ?? null,
    replacementCharacters,
  };
}
