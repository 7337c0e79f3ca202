/**
 * Push to data.gouv.fr benchmark (on demand, not a test): a push of N resources (datasets ×
 * yearly files) to the local udata fake answering every call after LATENCY ms, then the same
 * push again (nothing changed: no upload). Prints our wall time beside the fake's latency total
 * (calls × latency): the difference is our own code (reading files, SHA-1, database writes).
 *
 *   node scripts/bench.mjs datagouv-push-bench [--resources 100] [--latency 50]
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createApiRuntime,
  createServices,
  loadConfig,
  setLogLevel,
  systemViewer,
} from '@opendata/api';
import { catalogDataset, servedCsv, UdataFake } from '@opendata/api/testing';

const args = process.argv.slice(2);
const arg = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const RESOURCES = arg('resources', 100);
const LATENCY = arg('latency', 50);
const YEARS = 10;
const SIREN = '213502388';
const SIRET = '21350238800019';
const KEY = 'udata_bench-key-0123456789';

setLogLevel('error');
const fake = await new UdataFake().start();
const remoteOrg = fake.addOrg('Commune de Rennes', SIRET);
fake.addKey(KEY, [remoteOrg]);
const dir = await mkdtemp(path.join(os.tmpdir(), 'datagouv-bench-'));
const config = loadConfig({
  DATA_DIR: dir,
  LOG_LEVEL: 'error',
  DATAGOUV_API_URL: fake.url,
  DATAGOUV_API_KEY: KEY,
  DATAGOUV_MIN_INTERVAL_MS: '0',
});
const runtime = await createApiRuntime(config, { relay: false });
const { components } = runtime;
const datasets: Awaited<ReturnType<NonNullable<typeof components.pushCatalog>['datasets']>> = [];
for (let d = 0; d * YEARS < RESOURCES; d++) {
  const folder = `jeu-${d}`;
  const n = Math.min(YEARS, RESOURCES - d * YEARS);
  const dists = [];
  for (let y = 0; y < n; y++) {
    const rows = Array.from(
      { length: 200 },
      (_, i) => `Rennes,${SIRET},${2015 + y}-${i},${'x'.repeat(80)}`,
    );
    dists.push(
      await servedCsv(
        dir,
        config.publicUrl,
        SIREN,
        folder,
        2015 + y,
        `A,B,C,D\n${rows.join('\n')}\n`,
      ),
    );
  }
  datasets.push(
    catalogDataset(SIREN, 'DELIBERATIONS', dists, {
      id: `${SIREN}-${folder}`,
      title: `Jeu ${d} – Rennes`,
    }),
  );
}
components.pushCatalog = { datasets: async () => datasets };
const em = components.orm.em.fork();
em.create('Organization', { siren: SIREN, siret: SIRET, name: 'Commune de Rennes' });
await em.flush();
const services = () => createServices(components.orm.em.fork(), components, systemViewer('bench'));
await services().datagouvSettings.update({ siren: SIREN, pushEnabled: true });

fake.latencyMs = LATENCY;
for (const label of ['first push (all uploaded)', 'second push (unchanged)']) {
  const calls = fake.calls.length;
  const uploads = fake.uploads;
  const slept = fake.latencySpentMs;
  const t0 = performance.now();
  const push = await services().datagouvPush.run(SIREN, { trigger: 'manual' });
  const ms = performance.now() - t0;
  const n = fake.calls.length - calls;
  const floor = fake.latencySpentMs - slept;
  process.stdout.write(
    `${label}: ${push.status}, ${RESOURCES} resources, ${n} calls, ${fake.uploads - uploads} uploads\n` +
      `  our time ${ms.toFixed(0)} ms; fake latency total ${floor.toFixed(0)} ms (${n} × ${LATENCY} ms asked, as slept); ` +
      `our own share ${(ms - floor).toFixed(0)} ms (${(((ms - floor) / ms) * 100).toFixed(1)} %)\n`,
  );
}
await runtime.close();
await fake.stop();
