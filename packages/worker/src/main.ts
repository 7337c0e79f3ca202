import { rootLogger } from '@opendata/api';
import { run } from './run.js';

// Worker only (production runs several beside separate api processes).
run({ api: false, worker: true }).catch((err: unknown) => {
  rootLogger.fatal({ err }, 'worker failed to start');
  process.exit(1);
});
