const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeZone: 'Europe/Paris',
});
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const numberFormat = new Intl.NumberFormat('fr-FR');

/** « 3 mars 2025 » from an ISO date or date-time; the input as is when it does not parse. */
export function formatDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : dateFormat.format(t);
}

/** « 03/03/2025 14:05 » (Paris time). */
export function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : dateTimeFormat.format(t);
}

/** « 1 234 » with French grouping. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** « 123 456 789 »: a SIREN grouped by three digits (other input unchanged). */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? siren.replace(/(\d{3})(?=\d)/g, '$1 ') : siren;
}

const shortDateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** « 03/03/2025 » from an ISO date or date-time; « — » when absent. */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) {
    return '—';
  }
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : shortDateFormat.format(t);
}

/** « 1,5 Mo » (French units, decimal comma). */
export function formatBytes(bytes: number): string {
  const units = ['octets', 'Ko', 'Mo', 'Go'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** « il y a 3 min » style relative time, for live feeds. */
const relative = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Math.abs(seconds) < 60) {
    return relative.format(seconds, 'second');
  }
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) {
    return relative.format(minutes, 'minute');
  }
  const hours = Math.round(minutes / 60);
  return Math.abs(hours) < 24 ? relative.format(hours, 'hour') : formatDateTime(iso);
}

/** Today in Paris as `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** First day of the current month in Paris as `YYYY-MM-DD`. */
export function monthStartIso(now = new Date()): string {
  return `${todayIso(now).slice(0, 8)}01`;
}
