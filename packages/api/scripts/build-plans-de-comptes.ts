// Writes the compact plans de comptes (plans-de-comptes/<year>/<declination>.json.br and
// index.json) from the official planDeCompte.xml files of odm-budgetaire.org, laid out as
// <dir>/<year>/<norm>/<declination>/planDeCompte.xml.
// Usage: tsx scripts/build-plans-de-comptes.ts [official dir] (default: the shared fixtures).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { compactPlanFromXml } from '../src/domains/budgets/plan-de-comptes-xml.js';
import { decodeXmlBytes } from '../src/infra/xml/xml-text.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.resolve(
  process.argv[2] ?? path.join(here, '../../../../shared/fixtures/formats/totem/plans_de_comptes'),
);
const out = path.join(here, '..', 'plans-de-comptes');

await rm(out, { recursive: true, force: true });
const index: [year: number, norm: string, declination: string][] = [];
for (const year of (await readdir(source)).filter((y) => /^\d{4}$/.test(y)).sort()) {
  for (const norm of (await readdir(path.join(source, year))).sort()) {
    for (const declination of (await readdir(path.join(source, year, norm))).sort()) {
      const file = path.join(source, year, norm, declination, 'planDeCompte.xml');
      const plan = compactPlanFromXml(decodeXmlBytes(await readFile(file)).text);
      if (plan.declination !== declination || plan.year !== Number(year)) {
        // The folder is authoritative: some official folders ship another year's or another
        // declination's file unchanged (2022/M42 says 2020, 2023/M57_P says M57_D).
        process.stdout.write(`${file}: root says ${plan.year} ${plan.declination}\n`);
        Object.assign(plan, { year: Number(year), norm, declination });
      }
      await mkdir(path.join(out, year), { recursive: true });
      const data = brotliCompressSync(JSON.stringify(plan), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
      });
      await writeFile(path.join(out, year, `${declination}.json.br`), data);
      index.push([Number(year), plan.norm, declination]);
    }
  }
}
await writeFile(path.join(out, 'index.json'), `${JSON.stringify(index)}\n`);
process.stdout.write(`${index.length} plans written to ${out}\n`);
