/** Escapes text for an XML element's content. */
export function xmlEscape(s: string): string {
  if (!/[&<>]/.test(s)) {
    return s; // most texts: no copy
  }
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted XML attribute value. */
export function xmlAttrEscape(s: string): string {
  return xmlEscape(s).replace(/"/g, '&quot;');
}
