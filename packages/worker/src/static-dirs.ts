import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StaticDirs } from '@opendata/api';

const packagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the built front ends live in this checkout. */
export function defaultStaticDirs(): StaticDirs {
  return {
    admin: path.join(packagesDir, 'admin', 'dist'),
    widgets: path.join(packagesDir, 'widgets', 'dist'),
    graphiql: path.join(packagesDir, 'admin', 'dist-graphiql'),
  };
}
