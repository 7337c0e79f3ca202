import { ActNature, ActStatus } from './act.enums.js';

interface ActLike {
  id: string;
  status: ActStatus;
  nature: ActNature;
  hidden?: boolean;
  deletedAt?: Date | null;
  organization: { siren: string; openDataActive: boolean; publishAnnexes: boolean };
}

interface DocumentLike {
  id: string;
  annex: boolean;
  withheld: boolean;
  fileName: string;
}

/**
 * The one rule for "public": published, not hidden, not deleted, organisation open data on, and
 * never an individual act (personal data). Every public surface (PDF URLs, search, widgets,
 * files) uses it, in one of its three forms below (kept in step by act-visibility.spec.ts).
 */
export function isActPublic(act: ActLike): boolean {
  return (
    act.status === ActStatus.PUBLISHED &&
    !act.hidden &&
    !act.deletedAt &&
    act.organization.openDataActive &&
    act.nature !== ActNature.INDIVIDUAL
  );
}

/** The same rule as a MikroORM filter on Act (organisation joined through the relation). */
export function publicActFilter() {
  return {
    status: ActStatus.PUBLISHED,
    hidden: false,
    deletedAt: null,
    nature: { $ne: ActNature.INDIVIDUAL },
    organization: { openDataActive: true },
  } as const;
}

/**
 * The same rule as SQL, for queries written by hand (exports): `a` is the acts table alias and
 * `o` the organisations one. Returns the condition and its parameters.
 */
export function publicActSql(a = 'a', o = 'o'): { sql: string; params: unknown[] } {
  return {
    sql: `${a}.status = ? and ${a}.hidden = 0 and ${a}.deleted_at is null and ${a}.nature <> ? and ${o}.open_data_active = 1`,
    params: [ActStatus.PUBLISHED, ActNature.INDIVIDUAL],
  };
}

/** Main documents of a public act are public; annexes when the organisation publishes them and they are not withheld. */
export function isDocumentPublic(act: ActLike, doc: DocumentLike): boolean {
  if (!isActPublic(act)) {
    return false;
  }
  return !doc.annex || (act.organization.publishAnnexes && !doc.withheld);
}

/** Stable public URL of a document: /opendata/{siren}/actes/{actId}/{documentId}/{fileName}. */
export function documentPath(siren: string, actId: string, documentId: string, fileName: string) {
  return `/opendata/${siren}/actes/${actId}/${documentId}/${encodeURIComponent(fileName)}`;
}

export function documentUrl(publicUrl: string, act: ActLike, doc: DocumentLike): string | null {
  return isDocumentPublic(act, doc)
    ? `${publicUrl}${documentPath(act.organization.siren, act.id, doc.id, doc.fileName)}`
    : null;
}
