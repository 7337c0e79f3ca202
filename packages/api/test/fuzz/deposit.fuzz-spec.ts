import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Deposit, DepositStatus } from '../../src/domains/deposits/deposit.entity.js';
import {
  buildDeposit,
  buildZip,
  defaultMetadata,
  minimalPdf,
  renameEntryBytes,
  writeDeposit,
  type ZipEntrySpec,
} from '../fixtures/deposit.fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { fuzzRuns, fuzzSeed, fuzzTimeMs, rssMiB } from './fuzz-config.js';
import { stringArb } from './graphql-operations.js';

const known = {
  ids: [randomUUID()],
  strings: ['213502388', '217500016', 'D2024_001', '1', '2024-03-06', 'checked', '9.99'],
};

/** A metadata value: right, wrong type, hostile text, or left out. */
const metadataValue = fc.oneof(
  { weight: 4, arbitrary: stringArb(known) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(stringArb(known), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const metadataOverrides = fc.dictionary(
  fc.constantFrom(...Object.keys(defaultMetadata()), 'inconnu'),
  metadataValue,
  { maxKeys: 4 },
);

const hostileName = fc.oneof(
  // A zip entry name holds 65,535 bytes at most.
  stringArb(known).map((n) => (Buffer.byteLength(n) > 65_535 ? n.slice(0, 16_000) : n)),
  fc.constantFrom(
    '../evasion.pdf',
    '/etc/passwd',
    'C:\\Windows\\x.pdf',
    'dossier/',
    'a/../../b.pdf',
    'métadonnées.json',
    'metadata.json',
    `${'n'.repeat(300)}.pdf`,
  ),
);

const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
  fc.constantFrom(
    Buffer.alloc(0),
    Buffer.from('<?xml version="1.0"?><acte><objet>x</objet></acte>'),
    Buffer.from('<svg onload="alert(1)"/>'),
    Buffer.from('%PDF-1.7\n%tronqué'),
  ),
  stringArb(known).map((s) => minimalPdf(s)),
);

/**
 * Entries under names the zip writer refuses (`../x`, absolute): each is written under a
 * placeholder of the same byte length, then renamed in the zip's bytes.
 */
async function zipWithNames(
  build: (entries: ZipEntrySpec[]) => Promise<Buffer>,
  extra: ZipEntrySpec[],
) {
  const renames: [string, string][] = [];
  const entries = extra.map((e, i) => {
    const bytes = Buffer.byteLength(e.name);
    if (bytes < 6) {
      return { ...e, name: `court${i}.pdf` };
    }
    const placeholder = `P${i}${'Z'.repeat(bytes)}`.slice(0, bytes);
    renames.push([placeholder, e.name]);
    return { ...e, name: placeholder };
  });
  let zip = await build(entries);
  for (const [from, to] of renames) {
    zip = renameEntryBytes(zip, from, to);
  }
  return zip;
}

type Recipe = () => Promise<Buffer>;

/** One deposit as bytes: a valid zip bent in one way (metadata, files, entries or raw bytes). */
const depositBytes: fc.Arbitrary<Recipe> = fc.oneof(
  metadataOverrides.map(
    (metadata) => () =>
      // Names the zip writer refuses stay in metadata.json, their files missing.
      buildDeposit({ metadata }).catch(() =>
        buildDeposit({ rawMetadata: JSON.stringify({ ...defaultMetadata(), ...metadata }) }),
      ),
  ),
  fc
    .oneof(
      stringArb(known),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom(
        '<?xml version="1.0"?><metadata><objet>Objet</objet></metadata>',
        '{"objet": "x"',
        '\ufeff{}',
        '[]',
      ),
    )
    .map((rawMetadata) => () => buildDeposit({ rawMetadata })),
  fc.record({ main: fileBytes, annex: fileBytes }).map(
    ({ main, annex }) =>
      () =>
        buildDeposit({
          contents: {
            '022-213502388-20240306-D2024_001-DE-1-1_1.pdf': main,
            'Annexe 1 - Étude d’impact.pdf': annex,
          },
        }),
  ),
  fc
    .array(fc.record({ name: hostileName, data: fileBytes }), { minLength: 1, maxLength: 4 })
    .map(
      (extra: ZipEntrySpec[]) => () =>
        zipWithNames((extraEntries) => buildDeposit({ extraEntries }), extra),
    ),
  fc
    .array(fc.record({ name: hostileName, data: fileBytes }), { maxLength: 4 })
    .map((entries: ZipEntrySpec[]) => () => zipWithNames(buildZip, entries)),
  // Byte-level damage to a valid zip: flipped bytes, a cut, random bytes.
  fc
    .record({
      flips: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
        {
          minLength: 1,
          maxLength: 8,
        },
      ),
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    })
    .map(({ flips, cut }) => async () => {
      const zip = Buffer.from(await buildDeposit());
      for (const [at, byte] of flips) {
        zip[Math.min(zip.length - 1, Math.floor(at * zip.length))] = byte;
      }
      return cut === null ? zip : zip.subarray(0, Math.floor(cut * zip.length));
    }),
  fc.uint8Array({ maxLength: 4096 }).map((a) => async () => Buffer.from(a)),
);

/** A file name as a sender's disk may have it (no « / » nor NUL, 255 bytes at most), unique. */
const fileName = fc
  .oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: stringArb(known) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(300)) },
  )
  .map((base) => {
    const unique = randomUUID().slice(0, 8);
    let clean = base.replace(/[/\u0000]/g, '_');
    while (Buffer.byteLength(`${unique}${clean}.zip`) > 255) {
      clean = clean.slice(0, Math.floor(clean.length * 0.9));
    }
    return `${unique}${clean}.zip`;
  });

/** What a staff member reads: French, no driver or runtime text (quoted « values » aside). */
function frenchReason(raw: string | null | undefined): boolean {
  const message = raw?.replace(/«[^»]*»/g, '«»');
  return (
    typeof message === 'string' &&
    message.length > 0 &&
    /[a-zàâçéèêëîïôûùüÿœ]{3}/i.test(message) &&
    !/\b(Error|TypeError|SQLITE|undefined|null|NaN|\[object|Cannot|Unexpected token)\b|\n\s+at /.test(
      message,
    )
  );
}

describe('deposit fuzzing: every zip, however broken, ends DONE or FAILED with a French reason', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp('fuzz-deposits');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('never crashes the ingestion, settles each deposit once, and leaves no file behind', async () => {
    const rssBefore = rssMiB();
    let deposits = 0;
    const property = fc.asyncProperty(
      fc.array(fc.tuple(depositBytes, fileName), { minLength: 1, maxLength: 3 }),
      async (zips) => {
        const buffers = await Promise.all(zips.map(([zip]) => zip()));
        const names = zips.map(([, name]) => name);
        const files = await Promise.all(
          buffers.map((zip, i) => writeDeposit(app.config.depositDir, zip, names[i])),
        );
        const services = createServices(
          app.runtime.components.orm.em.fork(),
          app.runtime.components,
          systemViewer('fuzz'),
        );
        const outcomes = await services.depositIngest.ingestBatch(files.map((path) => ({ path })));
        deposits += files.length;
        const em = app.runtime.components.orm.em.fork();
        for (const outcome of outcomes) {
          expect(['done', 'failed']).toContain(outcome.status);
          const deposit = await em.findOneOrFail(Deposit, { id: outcome.depositId! });
          expect([DepositStatus.DONE, DepositStatus.FAILED]).toContain(deposit.status);
          if (deposit.status === DepositStatus.FAILED) {
            expect(frenchReason(deposit.errorMessage), String(deposit.errorMessage)).toBe(true);
          }
        }
        // Every file left the watched folder (processed or quarantine).
        const left = await readdir(app.config.depositDir);
        expect(left.filter((f) => names.includes(f))).toEqual([]);
      },
    );
    await fc.assert(property, {
      numRuns: fuzzRuns() * 4,
      seed: fuzzSeed(),
      interruptAfterTimeLimit: fuzzTimeMs(),
      markInterruptAsFailure: false,
    });
    expect(deposits).toBeGreaterThan(0);
    expect(rssMiB() - rssBefore).toBeLessThan(512);
  }, 600_000);
});
