// Writes packages/api/schema.graphql from the resolvers: no database, no server.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createAppPubSub } from '../src/core/topics.js';
import { buildAppSchema } from '../src/app/schema.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');
const schema = await buildAppSchema(createAppPubSub());
await writeFile(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
process.stdout.write(`schema written to ${out}\n`);
