import type { EntityManager } from '@mikro-orm/core';
import type { AuditService } from '../../identity/audit/audit.service.js';
import { ActNature, ActStatus } from '../acts/act.enums.js';
import type { Act } from '../acts/act.entity.js';
import { Document } from '../acts/document.entity.js';
import { depositFields, documentFields } from './deposit-act-fields.js';
import type { ParsedDepositInfo, StoredFile } from './deposit-prep.js';

/** Fields a new version of a deposit may change, with their French names for staff. */
const FIELD_LABELS = {
  number: 'numéro',
  date: 'date',
  prefectureAckDate: 'date d’AR préfecture',
  subject: 'objet',
  nature: 'nature',
  natureDetail: 'détail de la nature',
  classificationCode: 'classification',
  classificationLabel: 'libellé de classification',
  classificationUnknown: 'classification inconnue',
} as const;
type Field = keyof typeof FIELD_LABELS;

export interface DepositUpdate {
  /** The act when it changed, null when the deposit brought nothing new. */
  act: Act | null;
  /** What happened, in French, for the deposit's warnings. */
  notes: string[];
}

/**
 * Applies a new version of a deposit (same Pastell id, or same number and date under another
 * name) to its act, keeping every staff decision: publication status and legal publication
 * date, hidden, deleted, the subject when staff edited it, and each withheld annex (matched by
 * content: the same bytes keep their document, its public URL and its extracted text). The
 * transmitted publication choice is the one of the first deposit. A decision is asked again only
 * where the rules say so: an act that becomes individual (personal data) stops being public.
 */
export function updateActFromDeposit(
  em: EntityManager,
  audit: AuditService,
  act: Act,
  input: { parsed: ParsedDepositInfo; stored: StoredFile[]; pastellId: string },
): DepositUpdate {
  if (act.contentSha256 === input.parsed.zipSha256) {
    return { act: null, notes: ['Dépôt identique à celui déjà reçu : aucun changement.'] };
  }
  const incoming = depositFields(input.parsed);
  const notes: string[] = [];
  const changed = (Object.keys(FIELD_LABELS) as Field[]).filter(
    (f) => (act[f] ?? null) !== (incoming[f] ?? null),
  );
  const oldDocs = act.documents.getItems();
  const oldShas = oldDocs.map((d) => `${d.sha256}:${d.annex}`).sort();
  const newShas = input.stored.map((s) => `${s.file.sha256}:${!s.file.main}`).sort();
  const sameDocuments = JSON.stringify(oldShas) === JSON.stringify(newShas);
  if (!changed.length && sameDocuments) {
    return {
      act: null,
      notes: ['Acte déjà reçu (même numéro, même date, mêmes fichiers) : aucun changement.'],
    };
  }
  const before = describe(act);
  const kept: string[] = [];
  for (const field of changed) {
    if (field === 'subject' && act.subjectEditedAt) {
      kept.push('objet modifié par l’équipe');
      notes.push(
        `L’objet modifié par l’équipe est conservé (le dépôt propose « ${incoming.subject} »).`,
      );
      continue;
    }
    (act as unknown as Record<string, unknown>)[field] = incoming[field];
  }
  act.contentSha256 = incoming.contentSha256;
  const withheldKept = replaceDocuments(em, act, input.stored);
  if (withheldKept.length) {
    kept.push(`annexe(s) retenue(s) : ${withheldKept.join(', ')}`);
  }
  if (act.hidden) {
    kept.push('retrait de la file « À statuer »');
  }
  if (act.deletedAt) {
    kept.push('suppression');
  }
  if (act.nature === ActNature.INDIVIDUAL && act.status === ActStatus.PUBLISHED) {
    act.status = ActStatus.TO_DECIDE;
    act.publishedAt = null;
    notes.push(
      'L’acte est devenu individuel (données personnelles) : il n’est plus publié et attend une décision.',
    );
  } else if (act.status !== ActStatus.TO_DECIDE) {
    kept.push(act.status === ActStatus.PUBLISHED ? 'publication' : 'non-publication');
  }
  const what: string[] = changed.map((f) => FIELD_LABELS[f]);
  if (!sameDocuments) {
    what.push('fichiers');
  }
  notes.unshift(`Acte existant mis à jour (${what.join(', ')}).`);
  if (kept.length) {
    notes.push(`Décisions de l’équipe conservées : ${kept.join(' ; ')}.`);
  }
  audit.record(
    'act.updated_by_deposit',
    { type: 'Act', id: act.id, siren: act.organization.siren },
    before,
    { ...describe(act), kept, pastellId: input.pastellId },
  );
  return { act, notes };
}

/**
 * The act's documents become the deposit's, in its order. A file already there (same bytes, same
 * role) keeps its row: id, public URL, extracted text and `withheld`. Returns the names of the
 * withheld annexes kept.
 */
function replaceDocuments(em: EntityManager, act: Act, stored: StoredFile[]): string[] {
  const old = new Map<string, Document[]>();
  for (const d of act.documents.getItems()) {
    const key = `${d.sha256}:${d.annex}`;
    old.set(key, [...(old.get(key) ?? []), d]);
  }
  const keep = new Set<Document>();
  const withheld: string[] = [];
  stored.forEach((s, position) => {
    const same = old.get(`${s.file.sha256}:${!s.file.main}`)?.shift();
    if (same) {
      Object.assign(same, { position, fileName: s.file.fileName });
      keep.add(same);
      if (same.withheld) {
        withheld.push(`« ${same.fileName} »`);
      }
    } else {
      keep.add(em.create(Document, documentFields(act, s, position)));
    }
  });
  for (const d of act.documents.getItems()) {
    if (!keep.has(d)) {
      act.documents.remove(d);
    }
  }
  return withheld;
}

function describe(act: Act) {
  return {
    number: act.number,
    date: act.date,
    subject: act.subject,
    nature: act.nature,
    classificationCode: act.classificationCode ?? null,
    status: act.status,
    documents: act.documents.getItems().map((d) => ({
      fileName: d.fileName,
      sha256: d.sha256,
      annex: d.annex,
      withheld: d.withheld,
    })),
  };
}
