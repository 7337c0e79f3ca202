import { DecpJsonRecords } from './decp-json-stream.js';
import { checkXmlRecord, DecpChecker, type DecpFormat, type RecordOutcome } from './decp-reader.js';
import { DecpXmlRecords } from './decp-xml-stream.js';
import type { DecpSchemas } from './decp-schemas.js';
import { DecpFileError } from './procurement.errors.js';

/**
 * Reads a DECP file from its bytes as they come (a file read stream, an upload, a response
 * body), giving out each record's outcome as soon as the record is read and checked: a JSON
 * file is never held whole, as bytes, text or parsed tree (decp-json-stream.ts); nor is an XML
 * file (decp-xml-stream.ts: saxes, each record's element checked alone against the XSD). Errors that refuse the whole file (DecpFileError: invalid JSON, 1.x, wrong shape) are
 * thrown when met, possibly after records were given out: the caller must not keep those.
 */
export class DecpStreamReader {
  /** Known once the first significant byte is read. */
  format: DecpFormat | null = null;

  constructor(private readonly schemas: DecpSchemas) {}

  async *read(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<RecordOutcome> {
    const decoder = new TextDecoder('utf-8');
    const it = chunks[Symbol.asyncIterator]();
    // Sniffs the format on the first non-blank character.
    let head = '';
    for (;;) {
      const next = await it.next();
      if (next.done) {
        head += decoder.decode();
        break;
      }
      head += decoder.decode(next.value, { stream: true });
      head = head.replace(/^\uFEFF/, '').trimStart();
      if (head.length > 0) {
        break;
      }
    }
    head = head.replace(/^\uFEFF/, '').trimStart();
    const rest = async function* () {
      for (;;) {
        const next = await it.next();
        if (next.done) {
          return;
        }
        yield next.value;
      }
    };
    if (head.startsWith('<')) {
      this.format = 'XML';
      const xsd = await this.schemas.loadXsd();
      const records = new DecpXmlRecords(this.schemas.root);
      const checker = new DecpChecker('XML', this.schemas);
      for (const r of records.push(head)) {
        yield checkXmlRecord(checker, xsd, r);
      }
      for await (const chunk of rest()) {
        for (const r of records.push(decoder.decode(chunk, { stream: true }))) {
          yield checkXmlRecord(checker, xsd, r);
        }
      }
      for (const r of [...records.push(decoder.decode()), ...records.end()]) {
        yield checkXmlRecord(checker, xsd, r);
      }
      return;
    }
    if (!head.startsWith('{') && !head.startsWith('[')) {
      throw new DecpFileError(
        'procurement/unknown_format',
        'Format de fichier non reconnu : un fichier DECP 2.0 en JSON ou en XML est attendu.',
      );
    }
    this.format = 'JSON';
    const records = new DecpJsonRecords();
    const checker = new DecpChecker('JSON', this.schemas);
    for (const r of records.push(head)) {
      yield checker.check(r);
    }
    for await (const chunk of rest()) {
      for (const r of records.push(decoder.decode(chunk, { stream: true }))) {
        yield checker.check(r);
      }
    }
    for (const r of [...records.push(decoder.decode()), ...records.end()]) {
      yield checker.check(r);
    }
  }
}

/** Cuts bytes already in memory into pieces for the stream reader (no copy). */
export async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.subarray(i, i + size);
  }
}
