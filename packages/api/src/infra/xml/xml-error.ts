/** Why an XML text could not be read; `code` is stable (`xml/…`), the message is French. */
export class XmlReadError extends Error {
  constructor(
    readonly code:
      'xml/malformed' | 'xml/truncated' | 'xml/doctype_forbidden' | 'xml/too_deep' | 'xml/empty',
    message: string,
  ) {
    super(message);
    this.name = 'XmlReadError';
  }
}
