/** Media type of a deposited file, from its first bytes, then from its extension. */

const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  xml: 'application/xml',
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

/** Sniffs the content; falls back on the extension, then on `application/octet-stream`. */
export function detectMediaType(fileName: string, bytes: Uint8Array): string {
  const ext = extensionOf(fileName);
  // %PDF may follow a few junk bytes; readers accept it within the first 1 KiB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) {
    return 'application/pdf';
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) {
    return 'image/png';
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'image/tiff';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return BY_EXTENSION[ext] && ext !== 'pdf' ? BY_EXTENSION[ext] : 'application/zip';
  }
  const text = head.replace(/^\u00ef\u00bb\u00bf/, '');
  if (/^\s*<(\?xml|[A-Za-z])/.test(text)) {
    return 'application/xml';
  }
  const byExt = BY_EXTENSION[ext];
  if (byExt && byExt !== 'application/pdf') {
    return byExt;
  }
  return 'application/octet-stream';
}
