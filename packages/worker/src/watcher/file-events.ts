import { createHash } from 'node:crypto';
import path from 'node:path';
import { isDepositName } from '@opendata/api';
import type { JobContract } from '@opendata/api/jobs';

/** A watcher event about one file, after its size became stable. */
export type FileEvent = 'add' | 'change' | 'unlink';

/** What file-events needs from `fs.Stats`. */
export interface FileFacts {
  size: number;
  mtimeMs: number;
  isFile(): boolean;
}

export interface DepositJob {
  name: 'deposit.ingest';
  data: JobContract['deposit.ingest'];
  /** Same file content at the same place → same key, whichever process or event saw it. */
  uniqueKey: string;
}

/** Key of one complete version of a file: its path, size and modification time. */
export function depositUniqueKey(
  filePath: string,
  stats: Pick<FileFacts, 'size' | 'mtimeMs'>,
): string {
  const digest = createHash('sha256')
    .update(`${path.resolve(filePath)}\0${stats.size}\0${Math.trunc(stats.mtimeMs)}`)
    .digest('hex');
  return `deposit.ingest:${digest}`;
}

/**
 * Decides what a complete file in the deposit folder becomes: one `deposit.ingest` job, or
 * nothing (removal, not a zip, hidden or partial name, not a regular file). An empty zip is a
 * job too: it ends as a failed deposit (« fichier vide ») that staff see, not a file left there.
 */
export function toDepositJob(
  event: FileEvent,
  filePath: string,
  stats: FileFacts | undefined,
): DepositJob | undefined {
  if (event === 'unlink' || !stats || !stats.isFile()) {
    return undefined;
  }
  if (!isDepositName(path.basename(filePath))) {
    return undefined;
  }
  const absolute = path.resolve(filePath);
  return {
    name: 'deposit.ingest',
    data: { path: absolute },
    uniqueKey: depositUniqueKey(absolute, stats),
  };
}

export { isDepositName, isIgnoredName } from '@opendata/api';
