/** « 123 456 789 »: a SIREN grouped by three digits (other input unchanged). */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? siren.replace(/(\d{3})(?=\d)/g, '$1 ') : siren;
}
