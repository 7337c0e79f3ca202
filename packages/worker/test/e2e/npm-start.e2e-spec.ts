// `npm start` as a user runs it, stopped as a terminal stops it: Ctrl-C signals the whole process
// group (npm, the start script and the platform), and the start script passes it on too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../testing/platform.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const built = existsSync(path.join(root, 'packages', 'worker', 'dist', 'all-in-one.js'));
const skip = process.env.TEST_DB === 'mysql' ? 'the start script runs on SQLite only' : undefined;
if (!built) {
  process.stdout.write('[skipped] npm start e2e: build first (`pnpm run build`)\n');
}

describe.skipIf(!built || !!skip)('npm start', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'stops once when %s reaches the whole process group, and logs how long it took',
    async (signal) => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'npm-start-'));
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      };
      // Embedded defaults, as a newcomer runs it: no NODE_ENV either (vitest sets `test`, which
      // hid a hang: Apollo's own signal handlers, on outside `test`, stopped the server a second
      // time and every Ctrl-C ended on the 10 s limit).
      for (const key of [
        'NODE_ENV',
        'DATABASE_URL',
        'DEPOSIT_DIR',
        'MONGODB_URL',
        'MEILI_URL',
        'PUBLIC_URL',
      ]) {
        delete env[key];
      }
      const child = spawn('npm', ['start', '--silent'], {
        cwd: root,
        detached: true,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      // 'close': every process of the group holding the output is gone (npm itself dies of the
      // signal; the start script and the platform finish their stop).
      const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
      try {
        const deadline = Date.now() + 120_000;
        while (!/"msg":"platform started"/.test(out)) {
          expect(Date.now() < deadline, `platform never started:\n${out.slice(-3000)}`).toBe(true);
          expect(child.exitCode, out.slice(-3000)).toBeNull();
          await new Promise((r) => setTimeout(r, 200));
        }
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
        // Like a terminal: the signal goes to every process of the group at once.
        process.kill(-child.pid!, signal);
        await closed;
        const lines = out.split('\n').filter((l) => l.startsWith('{'));
        const msgs = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
        expect(msgs.filter((m) => m === 'stopping')).toHaveLength(1);
        const stopped = lines
          .map((l) => JSON.parse(l) as { msg: string; ms?: number })
          .find((l) => l.msg === 'stopped');
        expect(stopped?.ms, out.slice(-3000)).toBeGreaterThanOrEqual(0);
        expect(msgs).not.toContain('graceful stop took more than 10 s, exiting');
      } finally {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
