import type { Enqueue } from '../../core/ports.js';

/** Budget file regeneration waits this long so a burst of changes produces one file. */
export const BUDGET_EXPORT_DEBOUNCE_MS = 2_000;

/**
 * Queues the regeneration of the organisations' budget files of these years and of the
 * all-organisations files of the same years, once per debounce window (see the datasets').
 */
export async function scheduleBudgetExports(
  enqueue: Enqueue,
  targets: { siren: string; year: number }[],
): Promise<void> {
  const now = Date.now();
  const bucket = Math.floor(now / BUDGET_EXPORT_DEBOUNCE_MS);
  const rememberMs = (bucket + 1) * BUDGET_EXPORT_DEBOUNCE_MS - now;
  const seen = new Set<string>();
  const once = async (siren: string | null, year: number) => {
    const key = `budget-export:${siren ?? 'all'}:${year}:${bucket}`;
    if (!seen.has(key)) {
      seen.add(key);
      await enqueue(
        'budget.export',
        { siren, year },
        { uniqueKey: key, delayMs: BUDGET_EXPORT_DEBOUNCE_MS, rememberMs },
      );
    }
  };
  for (const { siren, year } of targets) {
    await once(siren, year);
  }
  for (const year of new Set(targets.map((t) => t.year))) {
    await once(null, year);
  }
}
