import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ZipError } from './zip-error.js';
import { inflated, readAll } from './zip-data.js';
import {
  DEFAULT_UNZIP_LIMITS,
  type UnzipLimits,
  type ZipEntryData,
  type ZipEntryHeader,
  type ZipSource,
} from './zip-types.js';
import {
  checkHeader,
  checkSource,
  corrupt,
  EntryGuard,
  mapStreamError,
  UNREADABLE,
} from './zip-guards.js';

export {
  DEFAULT_UNZIP_LIMITS,
  type UnzipLimits,
  type ZipEntryData,
  type ZipEntryHeader,
  type ZipSource,
} from './zip-types.js';

/** Why a decoded entry name is unsafe, or null when it is a plain relative path. */
export function unsafePathReason(name: string): string | null {
  if (name === '') {
    return 'nom vide';
  }
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return 'caractère de contrôle dans le nom';
  }
  if (name.includes('\\')) {
    return 'barre oblique inverse dans le nom';
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return 'chemin absolu';
  }
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) {
    return 'chemin relatif remontant ou invalide';
  }
  return null;
}

async function openZip(source: ZipSource): Promise<yauzl.ZipFile> {
  const options = {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: false,
    validateEntrySizes: true,
  };
  try {
    return typeof source === 'string'
      ? await yauzl.openPromise(source, options)
      : await yauzl.fromBufferPromise(source, options);
  } catch (err) {
    throw corrupt(UNREADABLE, undefined, (err as Error).message);
  }
}

function entryHeader(entry: yauzl.Entry, index: number): ZipEntryHeader {
  const raw = entry.fileNameRaw;
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
  const reason = unsafePathReason(name);
  if (reason) {
    throw new ZipError('unsafe_path', `Entrée du zip refusée « ${name} » : ${reason}.`, {
      file: name,
    });
  }
  const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
  if (mode === 0o120000) {
    throw new ZipError('unsafe_path', `Entrée du zip refusée « ${name} » : lien symbolique.`, {
      file: name,
    });
  }
  return {
    name,
    index,
    compressedSize: entry.compressedSize,
    declaredSize: entry.uncompressedSize,
  };
}

export interface ZipScanResult {
  entries: (ZipEntryHeader & { size: number; sha256: string })[];
  totalBytes: number;
}

/**
 * Reads every file entry of a zip, one at a time, and hands its verified data stream to
 * `onEntry`. Directory entries are skipped. Any unsafe name, limit breach, size lie or CRC
 * error rejects with a `ZipError` (the stream given to `onEntry` errors too).
 * If `onEntry` does not consume its stream, the data is drained (and still verified).
 */
export async function forEachZipEntry(
  source: ZipSource,
  onEntry: (header: ZipEntryHeader, data: Readable) => Promise<void>,
  overrides: Partial<UnzipLimits> = {},
): Promise<ZipScanResult> {
  const limits = { ...DEFAULT_UNZIP_LIMITS, ...overrides };
  const zipBytes = await checkSource(source, limits);
  const zip = await openZip(source);
  const result: ZipScanResult = { entries: [], totalBytes: 0 };
  const total = { bytes: 0, zipBytes };
  const seen = new Set<string>();
  let declaredTotal = 0;
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipError(
        'too_many_entries',
        `Le zip contient ${zip.entryCount} entrées, au-delà de la limite de ${limits.maxEntries}.`,
      );
    }
    let index = 0;
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) {
        break;
      }
      const header = entryHeader(entry, index++);
      if (header.name.endsWith('/')) {
        continue;
      }
      const key = header.name.normalize('NFC');
      if (seen.has(key)) {
        throw new ZipError(
          'duplicate_entry',
          `Le zip contient deux fois le fichier « ${header.name} ».`,
          {
            file: header.name,
          },
        );
      }
      seen.add(key);
      declaredTotal += header.declaredSize;
      checkHeader(entry, header, { total: declaredTotal, zipBytes }, limits);
      const guard = await readEntry(zip, entry, header, limits, total, onEntry);
      result.entries.push({ ...header, size: guard.count, sha256: guard.sha256 });
    }
    result.totalBytes = total.bytes;
    return result;
  } finally {
    zip.close();
  }
}

async function readEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  header: ZipEntryHeader,
  limits: UnzipLimits,
  total: { bytes: number; zipBytes: number },
  onEntry: (header: ZipEntryHeader, data: Readable) => Promise<void>,
): Promise<EntryGuard> {
  let raw: Readable;
  try {
    raw = inflated(
      await zip.openReadStreamPromise(entry, { decodeFileData: false }),
      entry,
      header,
    );
  } catch (err) {
    throw mapStreamError(err, header.name);
  }
  const guard = new EntryGuard(entry, header, limits, total);
  raw.on('error', (err) => {
    raw.unpipe(guard);
    guard.destroy(mapStreamError(err, header.name));
  });
  const done = finished(guard);
  done.catch(() => undefined);
  raw.pipe(guard);
  try {
    await onEntry(header, guard);
    if (!guard.readableEnded && !guard.destroyed) {
      guard.resume();
    }
    await done;
    return guard;
  } catch (err) {
    raw.unpipe(guard);
    raw.destroy();
    guard.destroy();
    throw mapStreamError(err, header.name);
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (err: Error) => (
      cleanup(),
      reject(corrupt(UNREADABLE, undefined, err.message))
    );
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/**
 * What the zip's entries announce they inflate to, from its central directory (nothing is
 * inflated; at most `maxEntries` are read). Reading more than announced is refused as a bomb, so
 * this bounds the memory a zip can take. Null when the zip cannot be read.
 */
export async function announcedInflatedBytes(
  zipPath: string,
  maxEntries = DEFAULT_UNZIP_LIMITS.maxEntries,
): Promise<number | null> {
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await openZip(zipPath);
    let total = 0;
    for (let i = 0; i < maxEntries; i++) {
      const entry = await nextEntry(zip);
      if (!entry) {
        break;
      }
      total += entry.uncompressedSize;
    }
    return total;
  } catch {
    return null;
  } finally {
    zip?.close();
  }
}

/** Reads every file entry into memory (within the limits), in zip order. */
export async function readZipEntries(
  source: ZipSource,
  overrides: Partial<UnzipLimits> = {},
): Promise<ZipEntryData[]> {
  const out: ZipEntryData[] = [];
  const buffers = new Map<number, Buffer>();
  const scan = await forEachZipEntry(
    source,
    async (header, data) => {
      // One chunk when inflated in one piece; slices of the zip when stored: kept, not copied.
      buffers.set(header.index, await readAll(data));
    },
    overrides,
  );
  for (const e of scan.entries) {
    out.push({ ...e, bytes: buffers.get(e.index) ?? Buffer.alloc(0) });
  }
  return out;
}
