// Manual check: starts the built platform with the browser-test acts and keeps it running.
//   npx tsx packages/widgets/test/support/dev-seed.ts
import {
  NOTABLE,
  SIREN,
  actId,
  dropDeposit,
  filler,
  publicCount,
  unpublish,
  waitFor,
  startPlatform,
} from '@opendata/worker/testing';

const platform = await startPlatform();
const token = await platform.adminToken();
const acts = [...Object.values(NOTABLE), ...filler(12)];
for (const a of acts) {
  await dropDeposit(platform, a);
}
await waitFor(async () => (await publicCount(platform)) >= 16, 'published acts');
await unpublish(platform, token, await actId(platform, token, NOTABLE.unpublished.number));
process.stdout.write(`${platform.url}/widgets/actes/?siren=${SIREN}\n`);
const stop = () => void platform.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
