import { ActNature, ActStatus } from './act.enums.js';

interface ActLike {
  id: string;
  status: ActStatus;
  nature: ActNature;
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
 * The one rule for "public": published, not deleted, organisation open data on, and never an
 * individual act (personal data). Every public surface (PDF URLs, search, widgets, files) uses it.
 */
export function isActPublic(act: ActLike): boolean {
  return (
    act.status === ActStatus.PUBLISHED &&
    !act.deletedAt &&
    act.organization.openDataActive &&
    act.nature !== ActNature.INDIVIDUAL
  );
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
