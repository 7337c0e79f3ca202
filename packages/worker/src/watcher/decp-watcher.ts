import { createHash } from 'node:crypto';
import { readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { DepositLayout, isIgnoredName, moveFile, type Components } from '@opendata/api';
import { watchDirectory, type DirectoryWatcher, type WatchLog } from './file-watcher.js';

/** Only `*.json` and `*.xml` (any case) are DECP files. */
export function isDecpName(name: string): boolean {
  return !isIgnoredName(name) && /\.(json|xml)$/i.test(name);
}

/** Same file content at the same place → same key. */
export function decpUniqueKey(filePath: string, s: { size: number; mtimeMs: number }): string {
  const digest = createHash('sha256')
    .update(`${path.resolve(filePath)}\0${s.size}\0${Math.trunc(s.mtimeMs)}`)
    .digest('hex');
  return `decp.ingest:${digest}`;
}

/**
 * The DECP folder (`$DATA_DIR/decp/incoming`), with the deposits' safety: a file is read once
 * complete (size stable), moved to `queued/` before its job is queued, and what a stop left
 * in `queued/` is queued again at start. Jobs file it under `processed/` or `quarantine/`.
 */
export async function startDecpWatcher(options: {
  dir: string;
  components: Pick<Components, 'jobs'>;
  log: WatchLog;
  stabilityMs?: number;
  pollMs?: number;
}): Promise<DirectoryWatcher> {
  const layout = new DepositLayout(options.dir);
  await layout.ensure();
  const enqueue = async (file: string, uniqueKey: string) => {
    if (!options.components.jobs) {
      options.log.warn({ path: file }, 'no job queue in this process: DECP file not queued');
      return;
    }
    await options.components.jobs.enqueue('decp.ingest', { path: file }, { uniqueKey });
  };
  for (const name of (await readdir(layout.queued)).filter(isDecpName).sort()) {
    const file = path.join(layout.queued, name);
    const s = await stat(file).catch(() => null);
    if (s?.isFile()) {
      await enqueue(file, decpUniqueKey(file, s));
    }
  }
  return watchDirectory(layout.incoming, {
    log: options.log,
    stabilityMs: options.stabilityMs,
    pollMs: options.pollMs,
    accept: isDecpName,
    onFileReady: async (filePath, stats) => {
      if (!stats.isFile() || !isDecpName(path.basename(filePath))) {
        return;
      }
      const key = decpUniqueKey(filePath, stats);
      let spooled: string;
      try {
        spooled = await moveFile(filePath, layout.spoolPath(filePath, key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          return;
        }
        throw err;
      }
      try {
        await enqueue(spooled, decpUniqueKey(spooled, stats));
      } catch (err) {
        await rename(spooled, filePath).catch(() => undefined);
        throw err;
      }
    },
  });
}
