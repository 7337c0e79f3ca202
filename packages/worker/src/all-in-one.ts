import { rootLogger } from '@opendata/api';
import { run } from './run.js';
import { defaultStaticDirs } from './static-dirs.js';

// `npm start`: api + worker + watcher in one process, front ends served as built files.
run({ api: true, worker: true, staticDirs: defaultStaticDirs() }).catch((err: unknown) => {
  rootLogger.fatal({ err }, 'platform failed to start');
  process.exit(1);
});
