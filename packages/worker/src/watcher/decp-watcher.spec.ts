import { mkdtemp, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiRuntime,
  createServices,
  loadConfig,
  setLogLevel,
  systemViewer,
  type ApiRuntime,
} from '@opendata/api';
import { decpFixture } from '@opendata/api/fixtures';
import { startDecpWatcher } from './decp-watcher.js';
import type { DirectoryWatcher, WatchLog } from './file-watcher.js';

const silent: WatchLog = { debug() {}, info() {}, warn() {}, error() {} };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The DECP watched folder with the real import behind it (SQLite in a temporary DATA_DIR): the
 * queue is replaced by a function that runs what the `decp.ingest` job runs.
 */
describe('startDecpWatcher', () => {
  let dataDir: string;
  let rt: ApiRuntime;
  let watcher: DirectoryWatcher | undefined;
  const queued: string[] = [];
  let processing = Promise.resolve();

  beforeAll(async () => {
    setLogLevel('error');
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'decp-watch-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    rt = await createApiRuntime(config, { relay: false });
    const jobs = {
      enqueue: async (name: string, data: { path: string }) => {
        expect(name).toBe('decp.ingest');
        queued.push(path.basename(data.path).replace(/^[0-9a-f]+__/, ''));
        const services = createServices(
          rt.components.orm.em.fork(),
          rt.components,
          systemViewer('test'),
        );
        processing = processing.then(async () => {
          await services.contractImports.ingestFolderFile(data.path);
        });
        return 'job';
      },
    };
    watcher = await startDecpWatcher({
      dir: config.decp.dir,
      components: { jobs: jobs as never },
      log: silent,
      stabilityMs: 700,
      pollMs: 50,
    });
  }, 60_000);
  afterAll(async () => {
    await watcher?.close();
    await processing;
    await rt?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const decp = (...p: string[]) => path.join(dataDir, 'decp', ...p);
  const waitFor = async (what: () => Promise<boolean>, ms = 15_000) => {
    for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) {
      if (await what()) {
        return;
      }
    }
    throw new Error('timed out');
  };

  it('picks up a dropped file, imports it and files it under processed/', async () => {
    expect((await readdir(decp())).sort()).toEqual([
      'incoming',
      'processed',
      'quarantine',
      'queued',
    ]);
    const text = decpFixture('exemples/json/marches_avec_modifications.json');
    await writeFile(decp('marches.json.tmp'), text);
    await rename(decp('marches.json.tmp'), decp('incoming', 'marches.json'));
    await writeFile(decp('incoming', 'notes.txt'), 'pas un fichier DECP');
    await waitFor(async () => (await readdir(decp('processed'))).length > 0);
    await processing;
    expect(queued).toEqual(['marches.json']);
    expect(await readdir(decp('incoming'))).toEqual(['notes.txt']);
    expect(await readdir(decp('queued'))).toEqual([]);
    const [filed] = await readdir(decp('processed'));
    expect(filed).toMatch(/marches\.json$/);
    const imports = await rt.components.orm.em
      .fork()
      .getConnection()
      .execute<{ file_name: string; status: string; created: number }[]>(
        'select file_name, status, created from contract_imports',
      );
    expect(imports).toEqual([{ file_name: 'marches.json', status: 'SUCCESS', created: 2 }]);
  }, 30_000);

  it('waits while a file is being written, then imports it whole', async () => {
    const text = decpFixture('exemples/json/concessions.json');
    const bytes = Buffer.from(text);
    const file = await open(decp('incoming', 'concessions.json'), 'w');
    const pieces = 6;
    const step = Math.ceil(bytes.length / pieces);
    // A slow writer: a piece every 300 ms (less than the 700 ms of stability asked).
    for (let i = 0; i < pieces; i++) {
      await file.write(bytes.subarray(i * step, (i + 1) * step));
      await sleep(300);
      if (i < pieces - 1) {
        expect(queued).toEqual(['marches.json']);
        expect(await readdir(decp('incoming'))).toContain('concessions.json');
      }
    }
    await file.close();
    await waitFor(async () => queued.length === 2);
    await processing;
    expect(queued).toEqual(['marches.json', 'concessions.json']);
    expect(await readdir(decp('incoming'))).toEqual(['notes.txt']);
    const imports = await rt.components.orm.em
      .fork()
      .getConnection()
      .execute<{ file_name: string; status: string; total: number }[]>(
        `select file_name, status, total from contract_imports where file_name = 'concessions.json'`,
      );
    expect(imports.length).toBeGreaterThan(0);
    type Row = { status: string; total: number };
    expect(imports.every((i: Row) => i.status === 'SUCCESS')).toBe(true);
    const total = imports.reduce((s: number, i: Row) => s + Number(i.total), 0);
    expect(total).toBe(JSON.parse(text).marches['contrat-concession'].length);
    expect((await readdir(decp('processed'))).length).toBe(2);
  }, 30_000);
});
