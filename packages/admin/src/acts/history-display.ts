import { DECISION_LABELS, STATUS_LABELS } from '../shared/labels';

const FIELD_LABELS: Record<string, string> = {
  subject: 'objet',
  status: 'état',
  hidden: 'retiré de la file',
  deleted: 'supprimé',
  withheld: 'retenue',
  publishedAt: 'date de publication',
  publicationDecision: 'choix de publication transmis',
  rule: 'règle',
};

function show(key: string, value: unknown): string {
  if (value === null || value === undefined) {
    return 'vide';
  }
  if (typeof value === 'boolean') {
    return value ? 'oui' : 'non';
  }
  if (key === 'status' && typeof value === 'string' && value in STATUS_LABELS) {
    return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
  }
  if (key === 'publicationDecision' && typeof value === 'string' && value in DECISION_LABELS) {
    return DECISION_LABELS[value as keyof typeof DECISION_LABELS];
  }
  if (key === 'publishedAt' && typeof value === 'string') {
    return new Date(value).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' });
  }
  return String(value);
}

function parse(json: string | null | undefined): Record<string, unknown> {
  try {
    const v: unknown = json ? JSON.parse(json) : {};
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** « état : À statuer → Publié ; objet : « A » → « B » » from an audit entry's before/after JSON. */
export function describeChange(
  before: string | null | undefined,
  after: string | null | undefined,
): string {
  const b = parse(before);
  const a = parse(after);
  const parts: string[] = [];
  for (const key of Object.keys(FIELD_LABELS)) {
    if (key in a && JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      const from = key in b ? show(key, b[key]) : null;
      const to = show(key, a[key]);
      const quote = (s: string) => (key === 'subject' ? `« ${s} »` : s);
      parts.push(
        from === null
          ? `${FIELD_LABELS[key]} : ${quote(to)}`
          : `${FIELD_LABELS[key]} : ${quote(from)} → ${quote(to)}`,
      );
    }
  }
  return parts.join(' ; ');
}
