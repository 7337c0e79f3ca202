import { registerEnumType } from 'type-graphql';
import { ACT_NATURE_LABELS } from '../../shared/labels.js';

export enum ActNature {
  DELIBERATION = 'DELIBERATION',
  REGULATORY = 'REGULATORY',
  INDIVIDUAL = 'INDIVIDUAL',
  CONTRACT = 'CONTRACT',
  BUDGET = 'BUDGET',
  OTHER = 'OTHER',
  OUTSIDE_CONTROL = 'OUTSIDE_CONTROL',
}

export enum ActStatus {
  PROCESSING = 'PROCESSING',
  TO_DECIDE = 'TO_DECIDE',
  PUBLISHED = 'PUBLISHED',
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  ERROR = 'ERROR',
}

/** Pastell's `publication_open_data` (POD), as a decision. */
export enum PublicationDecision {
  PUBLISH = 'PUBLISH',
  DO_NOT_PUBLISH = 'DO_NOT_PUBLISH',
  UNDECIDED = 'UNDECIDED',
}

export enum ActSource {
  DEPOSIT = 'DEPOSIT',
  UPLOAD = 'UPLOAD',
  API = 'API',
}

/** A staff decision on acts, in bulk (`applyActAction`). */
export enum ActActionKind {
  PUBLISH = 'PUBLISH',
  UNPUBLISH = 'UNPUBLISH',
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
}

/** Where a document's searchable text comes from. */
export enum DocumentTextSource {
  TEXT_LAYER = 'TEXT_LAYER',
  OCR = 'OCR',
}

/** Character recognition of a document without a usable text layer. */
export enum OcrStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(DocumentTextSource, {
  name: 'DocumentTextSource',
  description: 'Texte tiré de la couche texte du PDF, ou reconnu dans ses images (OCR).',
});
registerEnumType(OcrStatus, {
  name: 'OcrStatus',
  description: 'Reconnaissance du texte : en attente, faite, ou en échec (raison dans ocrError).',
});
registerEnumType(ActActionKind, {
  name: 'ActActionKind',
  description:
    'Publier, dépublier, retirer de la file « À statuer » ou l’y remettre, supprimer (logiquement) ou restaurer.',
});
registerEnumType(ActNature, {
  name: 'ActNature',
  description: 'Nature ACTES : 1 délibération … 7 hors contrôle de légalité.',
});
registerEnumType(ActStatus, { name: 'ActStatus' });
registerEnumType(PublicationDecision, { name: 'PublicationDecision' });
registerEnumType(ActSource, { name: 'ActSource' });

/** ACTES nature codes 1–7 in order. */
export const NATURE_BY_CODE: Record<number, ActNature> = {
  1: ActNature.DELIBERATION,
  2: ActNature.REGULATORY,
  3: ActNature.INDIVIDUAL,
  4: ActNature.CONTRACT,
  5: ActNature.BUDGET,
  6: ActNature.OTHER,
  7: ActNature.OUTSIDE_CONTROL,
};

/** French label of each nature (one rule with the admin and the widgets). */
export const NATURE_LABELS: Readonly<Record<ActNature, string>> = ACT_NATURE_LABELS;
