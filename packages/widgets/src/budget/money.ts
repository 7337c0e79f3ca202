/**
 * Budget amounts arrive as decimal strings exact to the cent (« 1234567.89 », « -12.5 »). Sums
 * and the amounts shown are computed in integer cents (BigInt), never in floating point; only
 * drawing sizes and percentages convert to numbers.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** « 1234.5 » → 123450n. Digits past the cent are rounded half away from zero. */
export function toCents(amount: string): bigint {
  const m = DECIMAL.exec(amount.trim());
  if (!m) {
    throw new RangeError(`not a decimal amount: ${amount}`);
  }
  const fraction = (m[3] ?? '').padEnd(3, '0');
  let cents = BigInt(m[2]!) * 100n + BigInt(fraction.slice(0, 2));
  if (Number(fraction[2]) >= 5) {
    cents += 1n;
  }
  return m[1] && cents !== 0n ? -cents : cents;
}

export function sumCents(amounts: readonly string[]): bigint {
  return amounts.reduce((sum, a) => sum + toCents(a), 0n);
}

/** 123450n → « 1234.50 » (machine form, for CSV columns a spreadsheet reads as numbers). */
export function centsToDecimal(cents: bigint, separator = '.'): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}${separator}${String(abs % 100n).padStart(2, '0')}`;
}

const grouping = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** 123456789n → « 1 234 567,89 € » (exact; fr-FR grouping, no-break space before €). */
export function formatEuros(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${grouping.format(abs / 100n)},${String(abs % 100n).padStart(2, '0')}\u00a0€`;
}

/** Amount for reading aloud at a glance: « 12,3 M€ », « 845 k€ », « 950 € » (rounded). */
export function formatCompact(cents: bigint): string {
  const euros = Number(cents) / 100;
  const abs = Math.abs(euros);
  const fmt = (value: number, digits: number) =>
    new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(value);
  if (abs >= 1e9) {
    return `${fmt(euros / 1e9, 1)}\u00a0Md€`;
  }
  if (abs >= 1e6) {
    return `${fmt(euros / 1e6, 1)}\u00a0M€`;
  }
  if (abs >= 1e4) {
    return `${fmt(euros / 1e3, 0)}\u00a0k€`;
  }
  return `${fmt(euros, 0)}\u00a0€`;
}

/** Share of `part` in `total` in percent (display only), 0 when the total is 0. */
export function percentOf(part: bigint, total: bigint): number {
  return total === 0n ? 0 : Number((part * 100_000n) / total) / 1000;
}

/** 12.345 → « 12,3 % » (« < 0,1 % » for a tiny non-zero share). */
export function formatPercent(value: number): string {
  if (value > 0 && value < 0.1) {
    return '<\u00a00,1\u00a0%';
  }
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value)}\u00a0%`;
}
