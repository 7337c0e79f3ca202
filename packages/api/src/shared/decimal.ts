/**
 * Exact decimal amounts as strings (`"1234.56"`, `"-0.5"`), computed with BigInt: never a float.
 * Six decimal places are kept internally; results are written with at least two.
 */
const SCALE = 6;
const FACTOR = 10n ** BigInt(SCALE);
const DECIMAL = /^([+-])?(\d{1,24})(?:\.(\d{0,6}))?$/;

/** The amount in millionths, or null when the text is not a plain decimal (`.` separator). */
export function parseDecimal(text: string): bigint | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) {
    return null;
  }
  const units = BigInt(m[2]!) * FACTOR + BigInt((m[3] ?? '').padEnd(SCALE, '0'));
  return m[1] === '-' ? -units : units;
}

/** Millionths as a decimal string with at least two decimals (`1234.5` → `"1234.50"`). */
export function formatDecimal(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / FACTOR;
  let frac = (abs % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '');
  frac = frac.padEnd(2, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** Sum of decimal strings (invalid or empty ones count as 0). */
export function sumDecimals(values: readonly string[]): string {
  let total = 0n;
  for (const v of values) {
    total += parseDecimal(v) ?? 0n;
  }
  return formatDecimal(total);
}

/** part / total as a ratio rounded to 1e-6 (0 when the total is 0). */
export function shareOf(part: bigint, total: bigint): number {
  if (total === 0n) {
    return 0;
  }
  return Number((part * 1_000_000n) / total) / 1_000_000;
}

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** A decimal string as French readers write it: `"1234567.5"` → `1 234 567,50 €`. */
export function formatEuros(amount: string): string {
  const units = parseDecimal(amount) ?? 0n;
  const [whole, frac] = formatDecimal(units).split('.') as [string, string];
  const sign = whole.startsWith('-') ? '−' : '';
  const digits = whole.replace('-', '').replace(GROUP, '\u202f');
  return `${sign}${digits},${frac.slice(0, 2).padEnd(2, '0')}\u00a0€`;
}
