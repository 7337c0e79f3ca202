import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { csvText } from './dataset-csv-writer.js';
import { documentPath, publicActSql } from '../acts/act-visibility.js';
import { recordGeneration, type GenerationReason } from './dataset-history.js';
import { Dataset, DatasetKind, DatasetStatus } from './dataset.entity.js';
import { datasetFile } from './dataset-paths.js';

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
 * when they are published): one row per PDF with its stable URL, size and SHA-256. Written by
 * the dataset export job (see exportActListing) whenever an act of that year is projected.
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

/**
 * Writes the yearly listing of an organisation's public act documents like every dataset file
 * (temporary file, then an atomic rename) and records it in `datasets` and its history with its
 * rows, size and SHA-256, so that the catalogues describe it like the others. A year with no
 * public document left has no file: the row stays, unpublished, and the URL answers 404.
 */
export async function exportActListing(
  em: EntityManager,
  dataDir: string,
  publicUrl: string,
  siren: string,
  year: number,
  reason: GenerationReason,
): Promise<Dataset | null> {
  const kind = DatasetKind.ACT_FILES;
  const { csv, rows } = await actListingCsv(em, publicUrl, siren, year);
  const existing = await em.findOne(Dataset, { kind, scope: siren, year });
  const finalPath = datasetFile(dataDir, siren, year, kind);
  if (rows === 0) {
    await rm(finalPath, { force: true });
    if (!existing?.publishedFileAt) {
      return existing;
    }
  }
  const dataset =
    existing ?? em.create(Dataset, { kind, scope: siren, year, status: DatasetStatus.VALID });
  const at = new Date();
  Object.assign(dataset, {
    generatedAt: at,
    status: DatasetStatus.VALID,
    valid: rows > 0,
    rowCount: rows,
    errorCount: 0,
    errors: [],
    notes: [],
    xlsxSize: 0,
  });
  if (rows > 0) {
    const bytes = Buffer.from(csv, 'utf8');
    const tmp = `${finalPath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(finalPath), { recursive: true });
    try {
      await writeFile(tmp, bytes, { flush: true });
      await rename(tmp, finalPath);
    } finally {
      await rm(tmp, { force: true });
    }
    Object.assign(dataset, {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      publishedFileAt: at,
    });
  } else {
    Object.assign(dataset, { sha256: null, size: 0, publishedFileAt: null });
  }
  recordGeneration(em, dataset, reason);
  await em.flush();
  return dataset;
}

/** Every (SIREN, year) with public act documents, or with a listing file to take down. */
export async function actListingTargets(
  em: EntityManager,
): Promise<{ siren: string; year: number }[]> {
  const pub = publicActSql('a', 'o');
  const conn = em.getConnection();
  const rows: { siren: string; year: string }[] = await conn.execute(
    `select distinct o.siren as siren, substr(a.date, 1, 4) as year from documents d join acts a on a.id = d.act_id join organizations o on o.id = a.organization_id where ${pub.sql}`,
    pub.params,
  );
  const files: { siren: string; year: number }[] = await conn.execute(
    `select scope as siren, year from datasets where kind = ? and published_file_at is not null`,
    [DatasetKind.ACT_FILES],
  );
  const seen = new Map<string, { siren: string; year: number }>();
  for (const r of [...rows, ...files]) {
    seen.set(`${r.siren}:${r.year}`, { siren: String(r.siren), year: Number(r.year) });
  }
  return [...seen.values()];
}
