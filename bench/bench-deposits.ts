// Shared by the ingestion benchmarks: realistic deposits (3 PDFs of about `pdfKb` kilobytes of
// incompressible bytes each, like scans) built with the project's own deposit builder.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDeposit, minimalPdf } from '@opendata/api/fixtures';

export async function benchDeposits(count: number, pdfKb: number): Promise<Buffer[]> {
  // BENCH_DEPOSITS_DIR: zips built by an earlier run (building 1,000 takes minutes on a busy
  // machine); the first `count` of them, by name, are used as they are.
  const cached = process.env.BENCH_DEPOSITS_DIR;
  if (cached) {
    const names = (await readdir(cached)).filter((n) => n.endsWith('.zip')).sort();
    if (names.length < count) {
      throw new Error(`BENCH_DEPOSITS_DIR holds ${names.length} zips, ${count} needed`);
    }
    return Promise.all(names.slice(0, count).map((n) => readFile(path.join(cached, n))));
  }
  const zips: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    zips.push(await benchDeposit(i, pdfKb));
  }
  return zips;
}

/**
 * The same deposits written as files `<prefix><i>.zip` in `dir`, one at a time (never all in
 * memory: a bench measuring the platform's RSS must not hold them), or copied from
 * BENCH_DEPOSITS_DIR.
 */
export async function writeBenchDeposits(
  count: number,
  pdfKb: number,
  dir: string,
  prefix: string,
): Promise<void> {
  const cached = process.env.BENCH_DEPOSITS_DIR;
  if (cached) {
    const names = (await readdir(cached)).filter((n) => n.endsWith('.zip')).sort();
    if (names.length < count) {
      throw new Error(`BENCH_DEPOSITS_DIR holds ${names.length} zips, ${count} needed`);
    }
    for (let i = 0; i < count; i++) {
      await copyFile(path.join(cached, names[i]!), path.join(dir, `${prefix}${i}.zip`));
    }
    return;
  }
  for (let i = 0; i < count; i++) {
    await writeFile(path.join(dir, `${prefix}${i}.zip`), await benchDeposit(i, pdfKb));
  }
}

function benchDeposit(i: number, pdfKb: number): Promise<Buffer> {
  const pdf = (label: string) => Buffer.concat([minimalPdf(label), randomBytes(pdfKb * 1024)]);
  return buildDeposit({
    metadata: { numero_de_lacte: `B_${i}` },
    contents: {
      'Délibération D2024_001.pdf': pdf(`orig ${i}`),
      '022-213502388-20240306-D2024_001-DE-1-1_1.pdf': pdf(`tampon ${i}`),
      'Annexe 1 - Étude d’impact.pdf': pdf(`annexe ${i}`),
    },
  });
}

export function numberArg(args: string[], name: string, def: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
}

/** CPU time of the main thread so far (Linux: /proc), or null where it cannot be read. */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every Linux architecture Node.js runs on. */
const CLOCK_TICKS_PER_S = 100;
