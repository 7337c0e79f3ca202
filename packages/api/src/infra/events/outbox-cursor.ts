/**
 * Read position of an outbox relay. Rows are read by increasing id, but on MySQL an
 * auto-increment id is allocated before its row is committed, so a smaller id can become
 * visible after a larger one. The cursor therefore only moves over ids it has seen
 * contiguously; a hole is waited for `gapGraceMs` (a late commit) and then skipped
 * (a rolled-back insert, or ids the engine never used).
 */
export class OutboxCursor {
  /** Every id ≤ position is settled (handled or skipped for good). */
  private pos: number;
  private readonly seenAbove = new Set<number>();
  private gapSince: number | undefined;

  constructor(
    start: number,
    private readonly gapGraceMs: number,
  ) {
    this.pos = start;
  }

  get position(): number {
    return this.pos;
  }

  /** True the first time `id` is offered (handle the row); false when already handled. */
  accept(id: number): boolean {
    if (id <= this.pos || this.seenAbove.has(id)) {
      return false;
    }
    this.seenAbove.add(id);
    return true;
  }

  /** Moves the position over contiguous ids; skips a hole once it has lasted gapGraceMs. */
  advance(now: number): void {
    while (this.seenAbove.size > 0) {
      const next = this.pos + 1;
      if (this.seenAbove.delete(next)) {
        this.pos = next;
        this.gapSince = undefined;
        continue;
      }
      this.gapSince ??= now;
      if (now - this.gapSince < this.gapGraceMs) {
        return;
      }
      this.pos = Math.min(...this.seenAbove) - 1;
      this.gapSince = undefined;
    }
  }
}
