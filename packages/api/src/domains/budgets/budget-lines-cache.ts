import type { BudgetLine } from './budget-lines.js';

/**
 * The parsed lines of the documents explored last (a drill-down asks for the same document
 * again and again), per runtime, keyed by document and import time (a new import is a new key).
 */
export class BudgetLinesCache {
  private readonly entries = new Map<string, readonly BudgetLine[]>();

  constructor(private readonly max = 64) {}

  get(key: string): readonly BudgetLine[] | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, lines: readonly BudgetLine[]): void {
    this.entries.set(key, lines);
    if (this.entries.size > this.max) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
