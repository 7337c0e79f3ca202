import type { SearchDocument, SearchEngine } from '../../infra/search/search-engine.js';
import { ActNature } from './act.enums.js';
import type { Act } from './act.entity.js';

const MAX_TEXT = 200_000;

/** Who may find an act in the staff index: its organisation's members, hr ones for an individual act. */
export function staffAccessOf(siren: string, nature: string): string {
  return nature === ActNature.INDIVIDUAL ? `${siren}:hr` : siren;
}

/** Staff search document: any status, the text of every document (withheld annexes too). */
export function toStaffSearchDocument(act: Act, texts: Map<string, string>): SearchDocument {
  const code = act.classificationCode ?? '';
  const parts = code.split('.');
  return {
    id: act.id,
    siren: act.organization.siren,
    access: staffAccessOf(act.organization.siren, act.nature),
    subject: act.subject,
    number: act.number,
    text: act.documents
      .getItems()
      .map((d) => texts.get(d.id) ?? '')
      .join('\n')
      .slice(0, MAX_TEXT),
    nature: act.nature,
    status: act.status,
    hidden: act.hidden ? 'true' : 'false',
    classificationCode: code || null,
    classificationL1: parts[0] || null,
    classificationL2: parts.length > 1 ? parts.slice(0, 2).join('.') : null,
    date: act.date,
    publishedAt: act.publishedAt?.toISOString() ?? null,
    createdAt: act.createdAt.toISOString(),
    year: Number(act.date.slice(0, 4)),
  };
}

/** Puts acts in the staff index (deleted ones, and `gone` ids, out of it). */
export async function projectStaff(
  engine: SearchEngine | undefined,
  acts: Act[],
  gone: string[],
  textsOf: (acts: Act[]) => Promise<Map<string, string>>,
): Promise<void> {
  if (!engine) {
    return;
  }
  const live = acts.filter((a) => !a.deletedAt);
  const removed = [...acts.filter((a) => a.deletedAt).map((a) => a.id), ...gone];
  if (live.length) {
    const texts = await textsOf(live);
    await engine.upsert(live.map((a) => toStaffSearchDocument(a, texts)));
  }
  if (removed.length) {
    await engine.delete(removed);
  }
}
