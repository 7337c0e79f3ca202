/** export-bench on SQLite: the acts written straight into the file, the dump read by libsql. */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// libsql is a dependency of the api package, not of the root.
const Database = createRequire(new URL('../packages/api/package.json', import.meta.url))(
  'libsql',
) as new (file: string) => {
  prepare(sql: string): {
    run(...a: unknown[]): unknown;
    iterate(): Iterable<Record<string, unknown>>;
  };
  transaction<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void;
  close(): void;
};

/** Published deliberations of one organisation, each with its main document. */
export function seedSqlite(file: string, rows: number, year: number, siren: string): void {
  const db = new Database(file);
  const orgId = randomUUID();
  const now = Date.now();
  db.prepare(
    'insert into organizations (id, created_at, updated_at, siren, siret, name, open_data_active, publish_annexes) values (?, ?, ?, ?, ?, ?, 1, 1)',
  ).run(orgId, now, now, siren, `${siren}00001`, 'Commune de Rennes');
  const insAct = db.prepare(
    `insert into acts (id, created_at, updated_at, organization_id, number, date, subject, nature, classification_code, classification_label, classification_unknown, publication_decision, status, hidden, published_at, source)
     values (?, ?, ?, ?, ?, ?, ?, 'DELIBERATION', '8.5', 'Politique de la ville-habitat-logement', 0, 'PUBLISH', 'PUBLISHED', 0, ?, 'DEPOSIT')`,
  );
  const insDoc = db.prepare(
    `insert into documents (id, created_at, updated_at, act_id, file_name, media_type, size, sha256, storage_key, annex, withheld, position)
     values (?, ?, ?, ?, ?, 'application/pdf', 1000, ?, ?, 0, 0, 0)`,
  );
  const fill = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const id = randomUUID();
      const day = String((n % 28) + 1).padStart(2, '0');
      insAct.run(
        id,
        now,
        now,
        orgId,
        `D${year}_${n}`,
        `${year}-03-${day}`,
        `Délibération n° ${n} relative au programme local de l’habitat`,
        now,
      );
      insDoc.run(
        randomUUID(),
        now,
        now,
        id,
        `D${year}_${n}.pdf`,
        'a'.repeat(64),
        `sha256/aa/aa/${'a'.repeat(64)}`,
      );
    }
  });
  for (let n = 0; n < rows; n += 50_000) {
    fill(n, Math.min(rows, n + 50_000));
  }
  db.close();
}

/** One SELECT stepped by libsql and written as CSV lines; its duration in seconds. */
export async function sqliteDumps(
  file: string,
  dir: string,
  scan: string,
  sameRows: string,
): Promise<{ scanS: number; dumpS: number; how: string; server: string }> {
  const db = new Database(file);
  async function dump(sql: string): Promise<number> {
    const start = performance.now();
    const out = createWriteStream(path.join(dir, 'dump.csv'));
    for (const r of db.prepare(sql).iterate()) {
      if (!out.write(`${Object.values(r).join(',')}\n`)) {
        await new Promise<void>((res) => out.once('drain', () => res()));
      }
    }
    await new Promise((res) => out.end(res));
    return (performance.now() - start) / 1000;
  }
  const scanS = await dump(scan);
  const dumpS = await dump(sameRows);
  db.close();
  return { scanS, dumpS, how: 'libsql rows → CSV', server: 'SQLite (libsql)' };
}
