import type { Ports } from '../../core/ports.js';

export const DECP_EXPORT_DEBOUNCE_MS = 5_000;

/**
 * Queues the regeneration of the DECP files of each (buyer, year) and of the all-buyers file
 * of each year, once per debounce window (a burst of imports queues each file once).
 */
export async function scheduleDecpExports(
  ports: Ports,
  targets: { siren: string; year: number }[],
): Promise<void> {
  const now = Date.now();
  const bucket = Math.floor(now / DECP_EXPORT_DEBOUNCE_MS);
  const rememberMs = (bucket + 1) * DECP_EXPORT_DEBOUNCE_MS - now;
  const once = (data: { siren: string | null; year: number }) =>
    ports.enqueue('decp.export', data, {
      uniqueKey: `decp:${data.siren ?? 'all'}:${data.year}:${bucket}`,
      delayMs: DECP_EXPORT_DEBOUNCE_MS,
      rememberMs,
    });
  const years = new Set<number>();
  for (const t of targets) {
    years.add(t.year);
    await once(t);
  }
  for (const year of years) {
    await once({ siren: null, year });
  }
}
