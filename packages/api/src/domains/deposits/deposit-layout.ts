import { copyFile, mkdir, rename, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';

/**
 * The deposit folders and file names, in one place: the watcher and the ingestion both use it.
 *
 * DEPOSIT_DIR (`incoming`, watched) and its siblings `queued` (complete zips whose job is
 * queued: the watched folder only holds files still being written), `processed` and
 * `quarantine`. A zip keeps its original name (Pastell names it `{id_d}.zip`) behind a prefix
 * that says which version (`queued`) or which deposit (`processed`, `quarantine`) it is.
 */
export class DepositLayout {
  readonly incoming: string;
  readonly queued: string;
  readonly processed: string;
  readonly quarantine: string;

  constructor(depositDir: string) {
    this.incoming = path.resolve(depositDir);
    const parent = path.dirname(this.incoming);
    this.queued = path.join(parent, 'queued');
    this.processed = path.join(parent, 'processed');
    this.quarantine = path.join(parent, 'quarantine');
  }

  async ensure(): Promise<void> {
    for (const dir of [this.incoming, this.queued, this.processed, this.quarantine]) {
      await mkdir(dir, { recursive: true });
    }
  }

  /** Where a complete zip waits for its job: `queued/<version key>__<original name>`. */
  spoolPath(filePath: string, versionKey: string): string {
    return path.join(
      this.queued,
      prefixed(`${versionTag(versionKey)}${SEPARATOR}`, path.basename(filePath)),
    );
  }

  /**
   * Where a deposit's zip is kept: `processed/` or `quarantine/` once settled, `queued/` for a
   * zip sent by staff (a corrected deposit), each as `<deposit id>__<original name>`.
   */
  settledPath(
    kind: 'processed' | 'quarantine' | 'queued',
    depositId: string,
    originalName: string,
  ): string {
    return path.join(this[kind], prefixed(`${depositId}${SEPARATOR}`, originalName));
  }
}

/** Bytes a file name may have on the file systems the platform runs on. */
const NAME_MAX = 255;

/**
 * `prefix + name`, the name shortened (its extension kept) when both would pass NAME_MAX: a
 * sender's 255-byte name still fits behind the layout's prefix (no ENAMETOOLONG, no file stuck).
 */
function prefixed(prefix: string, name: string): string {
  const room = NAME_MAX - Buffer.byteLength(prefix);
  if (Buffer.byteLength(name) <= room) {
    return prefix + name;
  }
  const ext = path.extname(name);
  const keep = Buffer.byteLength(ext) <= 16 ? ext : '';
  let stem = name.slice(0, name.length - ext.length).slice(0, room);
  while (Buffer.byteLength(`${stem}…${keep}`) > room) {
    stem = stem.slice(0, -1);
  }
  return `${prefix}${stem}…${keep}`;
}

const SEPARATOR = '__';
/** 36 hex digits of a version key, or a deposit's UUID: the prefixes this layout writes. */
const PREFIX = /^(?:[0-9a-f]{36}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})__/;

function versionTag(versionKey: string): string {
  const hex =
    /[0-9a-f]{64}$/.exec(versionKey)?.[0] ?? versionKey.replace(/[^0-9a-f]/g, '').padEnd(64, '0');
  return hex.slice(0, 36);
}

/** The name the sender gave a zip, wherever the layout has put it (prefix removed). */
export function originalDepositName(zipPath: string): string {
  return path.basename(zipPath).replace(PREFIX, '');
}

/** Names a writer uses while a file is incomplete, and hidden files: never read. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || /\.(part|tmp)$/i.test(name);
}

/** Only `*.zip` (any case) is a deposit. */
export function isDepositName(name: string): boolean {
  return !isIgnoredName(name) && /\.zip$/i.test(name);
}

/**
 * Moves a file; returns the new path. Across file systems: a copy under a hidden `.part` name
 * with the same times, renamed into place, then the original removed (no partial file is ever
 * seen under the final name, and the modification time that keys a deposit's job is kept).
 */
export async function moveFile(from: string, to: string): Promise<string> {
  const toDir = path.dirname(to);
  await mkdir(toDir, { recursive: true });
  if (path.resolve(from) === path.resolve(to)) {
    return to;
  }
  try {
    await rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') {
      throw err;
    }
    const partial = path.join(toDir, `.${path.basename(to)}.part`);
    const source = await stat(from);
    await copyFile(from, partial);
    await utimes(partial, source.atime, source.mtime);
    await rename(partial, to);
    await unlink(from);
  }
  return to;
}

export async function fileExists(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
