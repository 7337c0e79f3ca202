import type { CheckedFilter } from './search-validation.js';
import type { Statements } from './sqlite-statements.js';

/**
 * Rowids of the embedded engine, grouped by the value of the definition's `partition` field
 * (the organisation): `rid = slot × 2^32 + n`, one slot per value (table `parts`), slot 0 for
 * documents without a value or indexes without a partition. A filter `partition = v` is then
 * the rowid range of v's slot: FTS5 seeks its doclists to that range and `docs` reads only
 * those rows, so a search scoped to an organisation costs what that organisation holds, not
 * what the whole platform holds. Rowids stay below 2^53 (exact JavaScript numbers).
 */
export const SLOT_SIZE = 2 ** 32;
const MAX_SLOT = 2 ** 21 - 1;

/**
 * Bounds as bigints, so that they are bound as SQL integers: libsql binds JavaScript numbers as
 * REAL, and FTS5 does not seek to a REAL rowid bound (it reads the whole doclist: 2.75 ms
 * instead of 0.2 ms for a common word at 100k acts, ten times more at 1M).
 */
export interface RidRange {
  lo: bigint;
  hi: bigint;
}

/**
 * A query confined to a few partition values: their rowid ranges (in rowid order, at least
 * one) and the other filters.
 */
export interface Scope {
  ranges: RidRange[];
  filters: CheckedFilter[];
}

/**
 * Most partition values a scope is made of (`in` with more values: the filter is applied to
 * every row instead). A staff member sees a few organisations; each range is one FTS5 seek
 * (~20–50 µs), so hundreds of them cost more than they save only for tiny organisations.
 */
export const MAX_SCOPE_VALUES = 64;

export function slotRange(slot: number): RidRange {
  const lo = BigInt(slot) * BigInt(SLOT_SIZE);
  return { lo, hi: lo + BigInt(SLOT_SIZE - 1) };
}

const FIND_SLOT = 'SELECT slot FROM parts WHERE value = ?';
const LAST_RID = 'SELECT rid FROM docs WHERE rid BETWEEN ? AND ? ORDER BY rid DESC LIMIT 1';

export class Partitions {
  constructor(
    private readonly stmts: Statements,
    /** The partition field, if the definition declares one. */
    readonly field: string | undefined,
  ) {}

  /**
   * The rowid ranges a query is confined to by its equalities and `in` filters on the partition
   * field (all must hold: their values are intersected) when at most MAX_SCOPE_VALUES values
   * remain, with its other filters (the ranges replace those filters): null when there is no
   * such filter or too many values, `'none'` when no value has a document.
   */
  scope(filters: readonly CheckedFilter[]): Scope | 'none' | null {
    const on = this.field
      ? filters.filter((x) => x.field === this.field && (x.op === 'eq' || x.op === 'in'))
      : [];
    if (on.length === 0) {
      return null;
    }
    const values = on
      .map((x) => new Set(x.values.map(String)))
      .reduce((a, b) => new Set([...a].filter((v) => b.has(v))));
    if (values.size > MAX_SCOPE_VALUES) {
      return null;
    }
    // Not cached in memory: another process may clear the index and renumber the slots.
    const slots = [...values]
      .map((v) => this.stmts.value<number>(FIND_SLOT, [v]))
      .filter((slot): slot is number => slot !== undefined)
      .sort((a, b) => a - b);
    return slots.length === 0
      ? 'none'
      : { ranges: slots.map(slotRange), filters: filters.filter((x) => !on.includes(x)) };
  }

  /** Value of the partition field in a document (null: none, or no partition). */
  valueOf(doc: Record<string, unknown>): string | null {
    const v = this.field ? doc[this.field] : null;
    return typeof v === 'string' ? v : null;
  }

  /**
   * Returns an allocator of new rowids for one write transaction: each call gives the next
   * free rowid of the value's slot (created if new). Call only inside that transaction.
   */
  allocator(): (value: string | null) => number {
    const next = new Map<number, number>();
    return (value) => {
      const slot = value === null ? 0 : this.slotOf(value);
      const { lo, hi } = slotRange(slot);
      const rid =
        next.get(slot) ?? (this.stmts.value<number>(LAST_RID, [lo, hi]) ?? Number(lo)) + 1;
      if (rid > Number(hi)) {
        throw new Error(`search index: no rowid left for partition value "${value}"`);
      }
      next.set(slot, rid + 1);
      return rid;
    };
  }

  private slotOf(value: string): number {
    const found = this.stmts.value<number>(FIND_SLOT, [value]);
    if (found !== undefined) {
      return found;
    }
    const slot = (this.stmts.value<number>('SELECT max(slot) FROM parts') ?? 0) + 1;
    if (slot > MAX_SLOT) {
      throw new Error('search index: too many partition values');
    }
    this.stmts.run('INSERT INTO parts (value, slot) VALUES (?, ?)', [value, slot]);
    return slot;
  }
}
