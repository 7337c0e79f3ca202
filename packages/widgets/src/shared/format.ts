/** « 123 456 789 »: a SIREN grouped by three digits (other input unchanged). */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? siren.replace(/(\d{3})(?=\d)/g, '$1 ') : siren;
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const parisDayFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeZone: 'Europe/Paris',
});

/** `2024-03-06` → « 6 mars 2024 » (a calendar date: no time zone shift). */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? dayFormat.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : isoDate;
}

/** An instant → its day in France (« 12 mars 2024 »). */
export function formatDay(isoDateTime: string): string {
  const t = Date.parse(isoDateTime);
  return Number.isNaN(t) ? isoDateTime : parisDayFormat.format(t);
}

const UNITS = ['o', 'ko', 'Mo', 'Go'] as const;

/** Bytes in French units (1 ko = 1 000 o): « 850 o », « 12,4 ko », « 1,2 Mo ». */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const n = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(value);
  return `${n}\u00a0${UNITS[unit]}`;
}

/** « 1 acte », « 12 actes » (French plural: 0 and 1 are singular). */
export function plural(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat('fr-FR').format(n)}\u00a0${n <= 1 ? one : many}`;
}
