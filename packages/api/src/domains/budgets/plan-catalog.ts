import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { PlanDeComptes, type CompactPlan } from './plan-de-comptes.js';

/** packages/api/plans-de-comptes, from src/domains/budgets or dist/domains/budgets alike. */
export const PLANS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../plans-de-comptes',
);

/** The plan chosen for a document: the plan itself and the year it is of. */
export interface ChosenPlan {
  plan: PlanDeComptes;
  /** Year of the plan used (the document's own, or the nearest one of the same declination). */
  year: number;
  fallback: boolean;
}

/**
 * The plans de comptes shipped with the platform, loaded lazily: the index at the first
 * lookup, each plan the first time a document needs it (then kept: a plan is ~100 KB in memory).
 */
export class PlanCatalog {
  private index?: Map<string, number[]>;
  private readonly loaded = new Map<string, Promise<PlanDeComptes>>();

  constructor(private readonly dir = PLANS_DIR) {}

  private years(declination: string): number[] {
    if (!this.index) {
      const file = path.join(this.dir, 'index.json');
      const rows: [number, string, string][] = existsSync(file)
        ? JSON.parse(readFileSync(file, 'utf8'))
        : [];
      this.index = new Map();
      for (const [year, , decl] of rows) {
        this.index.set(decl, [...(this.index.get(decl) ?? []), year]);
      }
    }
    return this.index.get(declination) ?? [];
  }

  /** Declinations known for a norm prefix (`M14`…), to tell an unknown nomenclature apart. */
  knows(declination: string): boolean {
    return this.years(declination).length > 0;
  }

  /**
   * The plan of `declination` for `year`, or of the nearest year of the same declination
   * (the later one on a tie), or null when the declination is unknown.
   */
  async choose(declination: string, year: number): Promise<ChosenPlan | null> {
    const years = this.years(declination);
    if (!years.length) {
      return null;
    }
    const best = years.reduce((a, b) => {
      const da = Math.abs(a - year);
      const db = Math.abs(b - year);
      return db < da || (db === da && b > a) ? b : a;
    });
    return { plan: await this.load(declination, best), year: best, fallback: best !== year };
  }

  private load(declination: string, year: number): Promise<PlanDeComptes> {
    const key = `${year}/${declination}`;
    let plan = this.loaded.get(key);
    if (!plan) {
      plan = readFile(path.join(this.dir, String(year), `${declination}.json.br`)).then(
        (data) =>
          new PlanDeComptes(JSON.parse(brotliDecompressSync(data).toString('utf8')) as CompactPlan),
      );
      plan.catch(() => this.loaded.delete(key));
      this.loaded.set(key, plan);
    }
    return plan;
  }
}
