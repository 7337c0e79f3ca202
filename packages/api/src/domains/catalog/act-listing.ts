import type { EntityManager } from '@mikro-orm/core';
import { csvText } from '../datasets/dataset-csv-writer.js';
import { documentPath, publicActSql } from '../acts/act-visibility.js';

export const ACT_LISTING_COLUMNS = [
  'acte_id',
  'acte_numero',
  'acte_date',
  'acte_nature',
  'acte_objet',
  'document_id',
  'document_nom',
  'annexe',
  'type_media',
  'taille_octets',
  'sha256',
  'url',
] as const;

/**
 * The yearly listing of an organisation's public act documents (main documents, and annexes
 * when they are published): one row per PDF with its stable URL, size and SHA-256. Written from
 * the database on request, so it always matches what the PDF URLs serve.
 */
export async function actListingCsv(
  em: EntityManager,
  publicUrl: string,
  siren: string,
  year: number,
): Promise<{ csv: string; rows: number }> {
  const pub = publicActSql('a', 'o');
  const rows: Record<string, unknown>[] = await em
    .getConnection()
    .execute(
      `select a.id as act_id, a.number as number, a.date as date, a.nature as nature, a.subject as subject, d.id as doc_id, d.file_name as file_name, d.annex as annex, d.media_type as media_type, d.size as size, d.sha256 as sha256 from documents d join acts a on a.id = d.act_id join organizations o on o.id = a.organization_id where o.siren = ? and substr(a.date, 1, 4) = ? and ${pub.sql} and (d.annex = 0 or (o.publish_annexes = 1 and d.withheld = 0)) order by a.date, a.number, d.position, d.id`,
      [siren, String(year), ...pub.params],
    );
  const lines = rows.map((r) => [
    String(r.act_id),
    String(r.number),
    String(r.date),
    String(r.nature),
    String(r.subject),
    String(r.doc_id),
    String(r.file_name),
    Number(r.annex) ? 'true' : 'false',
    String(r.media_type),
    String(r.size),
    String(r.sha256),
    `${publicUrl}${documentPath(siren, String(r.act_id), String(r.doc_id), String(r.file_name))}`,
  ]);
  return { csv: csvText([[...ACT_LISTING_COLUMNS], ...lines]), rows: lines.length };
}
