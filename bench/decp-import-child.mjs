/**
 * One DECP import in a plain Node.js process on the BUILT platform (`pnpm run build`: what
 * `npm start` runs), for decp-bench `--dist`: RSS without tsx, whose source transforms weigh
 * on it. Usage: node bench/decp-import-child.mjs <dataDir> <file>; prints one JSON line.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  createApiRuntime,
  createServices,
  loadConfig,
  setLogLevel,
  systemViewer,
} from '@opendata/api';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const [dataDir, file] = process.argv.slice(2);
setLogLevel('error');
gc();
const start = process.memoryUsage();
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
const rt = await createApiRuntime(config, { relay: false });
const services = createServices(rt.components.orm.em.fork(), rt.components, systemViewer('bench'));
const queued = path.join(path.dirname(path.resolve(config.decp.dir)), 'queued');
await mkdir(queued, { recursive: true });
const dropped = path.join(queued, `bench__${path.basename(file)}`);
await copyFile(file, dropped);
gc();
const before = process.memoryUsage();
let rssPeak = before.rss;
let heapPeak = before.heapUsed;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  rssPeak = Math.max(rssPeak, m.rss);
  heapPeak = Math.max(heapPeak, m.heapUsed);
}, 20);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const [imp] = await services.contractImports.ingestFolderFile(dropped);
const wallS = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
clearInterval(sampler);
process.stdout.write(
  `${JSON.stringify({
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    status: imp?.status,
    created: imp?.created,
    refused: imp?.refused,
    start,
    before,
    rssPeak,
    heapPeak,
  })}\n`,
);
await rt.close();
process.exit(0);
