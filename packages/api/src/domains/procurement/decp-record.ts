/** The two kinds of DECP 2.0 records, by their JSON array / XML element name. */
export type DecpKind = 'marche' | 'contrat-concession';
export const DECP_KINDS: DecpKind[] = ['marche', 'contrat-concession'];

export type DecpRecord = Record<string, unknown>;

/** A problem with one record (or the file: index null), as the import report shows it. */
export interface DecpIssue {
  /** 0-based position of the record in its list (`marche` or `contrat-concession`). */
  index: number | null;
  kind: DecpKind | null;
  decpId: string | null;
  /** JSON pointer (JSON file) or XML path (XML file) of the offending value. */
  path: string | null;
  code: string;
  message: string;
  /** SIREN of the record's buyer when readable (to file the issue with its organisation). */
  siren?: string | null;
}

export interface DecpHolder {
  identifier: string;
  identifierType: string;
  name: string | null;
}

export interface DecpModification {
  number: number;
  amount: number | null;
  durationMonths: number | null;
  notifiedOn: string;
  publishedOn: string | null;
  holders: DecpHolder[] | null;
}

/** What the platform reads from a valid record (the record itself is kept whole). */
export interface DecpSummary {
  decpId: string;
  buyerSiret: string;
  kind: DecpKind;
  nature: string;
  subject: string;
  procedure: string;
  cpv: string | null;
  initialAmount: number;
  amount: number;
  initialDurationMonths: number;
  durationMonths: number;
  notifiedOn: string;
  publishedOn: string;
  holders: DecpHolder[];
  modifications: DecpModification[];
}

const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const num = (v: unknown) => (typeof v === 'number' ? v : null);

function holdersOf(list: unknown, key: string): DecpHolder[] {
  return (Array.isArray(list) ? list : []).map((w) => {
    const h = obj(obj(w)[key]);
    return {
      identifier: String(h.id ?? ''),
      identifierType: String(h.typeIdentifiant ?? ''),
      name: null,
    };
  });
}

/** Reads the fields the API and the statistics use from a valid 2.0 record. */
export function summarize(kind: DecpKind, r: DecpRecord): DecpSummary {
  const marche = kind === 'marche';
  const holderKey = marche ? 'titulaire' : 'concessionnaire';
  const modifications: DecpModification[] = (Array.isArray(r.modifications) ? r.modifications : [])
    .map((w) => obj(obj(w).modification))
    .map((m) => ({
      number: Number(m.id),
      amount: num(marche ? m.montant : m.valeurGlobale),
      durationMonths: num(m.dureeMois),
      notifiedOn: String(
        (marche ? m.dateNotificationModification : m.dateSignatureModification) ?? '',
      ),
      publishedOn: (m.datePublicationDonneesModification as string) ?? null,
      holders: m.titulaires ? holdersOf(m.titulaires, 'titulaire') : null,
    }))
    .sort((a, b) => a.number - b.number);
  const initialAmount = Number(marche ? r.montant : r.valeurGlobale);
  const initialDurationMonths = Number(r.dureeMois);
  const lastWith = <K extends keyof DecpModification>(k: K) =>
    [...modifications].reverse().find((m) => m[k] !== null)?.[k] ?? null;
  return {
    decpId: String(r.id),
    buyerSiret: String(obj(marche ? r.acheteur : r.autoriteConcedante).id),
    kind,
    nature: String(r.nature),
    subject: String(r.objet),
    procedure: String(r.procedure),
    cpv: marche ? String(r.codeCPV) : null,
    initialAmount,
    amount: (lastWith('amount') as number | null) ?? initialAmount,
    initialDurationMonths,
    durationMonths: (lastWith('durationMonths') as number | null) ?? initialDurationMonths,
    notifiedOn: String(marche ? r.dateNotification : r.dateSignature),
    publishedOn: String(r.datePublicationDonnees),
    holders:
      (lastWith('holders') as DecpHolder[] | null) ??
      holdersOf(marche ? r.titulaires : r.concessionnaires, holderKey),
    modifications,
  };
}

/** Same content → same string, whatever the key order (to tell a republication apart). */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') {
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      out += (i ? ',' : '') + canonicalJson(v[i]);
    }
    return `${out}]`;
  }
  const o = v as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const k of Object.keys(o).sort()) {
    if (o[k] !== undefined) {
      out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(o[k])}`;
      first = false;
    }
  }
  return `${out}}`;
}
