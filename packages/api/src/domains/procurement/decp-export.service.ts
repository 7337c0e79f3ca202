import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { childLogger } from '../../core/logger.js';
import { sha256Hex } from '../../core/sha256.js';
import {
  Dataset,
  DatasetKind,
  DatasetStatus,
  type DatasetIssue,
} from '../datasets/dataset.entity.js';
import { Contract } from './contract.entity.js';
import { recordGeneration, type GenerationReason } from '../datasets/dataset-history.js';
import { decpFile, type DecpFileFormat } from './decp-paths.js';
import type { DecpSchemas } from './decp-schemas.js';
import { jsonRecordToXml } from './decp-xml.js';
import { DECP_KIND_OF } from './procurement.enums.js';

const log = childLogger('procurement');
const MAX_ERRORS = 100;

/**
 * Writes the DECP 2.0 files of a buyer (or of every buyer whose open data is on) for a year,
 * JSON (checked against the 2.0.3 and 2.0.2 JSON Schemas) and XML (checked against the XSD),
 * each replacing the served file only when valid. The report is stored either way.
 */
export class DecpExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly schemas: DecpSchemas,
    private readonly dataDir: string,
  ) {}

  async export(
    siren: string | null,
    year: number,
    reason: GenerationReason = 'export',
  ): Promise<Dataset[]> {
    const scope = siren ?? 'all';
    const contracts = await this.em.find(
      Contract,
      siren ? { year, organization: { siren } } : { year, organization: { openDataActive: true } },
      { fields: ['kind', 'record'], orderBy: { notifiedOn: 'asc', decpId: 'asc', id: 'asc' } },
    );
    // Marchés first, then concessions: the XML carries them in the JSON's order.
    contracts.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'MARCHE' ? -1 : 1));
    const lists: Record<string, unknown[]> = { marche: [], 'contrat-concession': [] };
    for (const c of contracts) {
      lists[DECP_KIND_OF[c.kind]]!.push(c.record);
    }
    const marches: Record<string, unknown[]> = {};
    for (const [k, v] of Object.entries(lists)) {
      if (v.length > 0) {
        marches[k] = v;
      }
    }
    if (Object.keys(marches).length === 0) {
      marches.marche = []; // 2.0.3: at least one of the two lists
    }
    const doc = { marches };
    const json = `${JSON.stringify(doc, null, 1)}\n`;
    const jsonIssues = [
      ...this.schemas.json203.validate(doc).map((i) => ({ ...i, v: '2.0.3' })),
      ...this.schemas.json202.validate(doc).map((i) => ({ ...i, v: '2.0.2' })),
    ].map((i): DatasetIssue => ({
      row: null,
      column: i.pointer,
      rule: i.keyword,
      message: `Non conforme au schéma DECP ${i.v} (${i.pointer || '/'}) : ${i.message}`,
    }));
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<marches>\n${contracts
      .map((c) => jsonRecordToXml(this.schemas.root, DECP_KIND_OF[c.kind], c.record))
      .join('')}</marches>\n`;
    const xmlIssues = this.schemas.xsd.validate(xml).map((i): DatasetIssue => ({
      row: i.line,
      column: i.path,
      rule: 'xsd',
      message: `Non conforme au schéma XSD DECP 2.0.2 : ${i.message}`,
    }));
    const rowCount = contracts.length;
    const out = [
      await this.publish(DatasetKind.DECP_JSON, scope, year, 'json', json, jsonIssues, rowCount),
      await this.publish(DatasetKind.DECP_XML, scope, year, 'xml', xml, xmlIssues, rowCount),
    ];
    for (const d of out) {
      recordGeneration(this.em, d, reason);
    }
    await this.em.flush();
    return out;
  }

  private async publish(
    kind: DatasetKind,
    scope: string,
    year: number,
    format: DecpFileFormat,
    content: string,
    issues: DatasetIssue[],
    rowCount: number,
  ): Promise<Dataset> {
    const dataset =
      (await this.em.findOne(Dataset, { kind, scope, year })) ??
      this.em.create(Dataset, { kind, scope, year, status: DatasetStatus.INVALID });
    const bytes = Buffer.from(content, 'utf8');
    Object.assign(dataset, {
      generatedAt: new Date(),
      rowCount,
      errorCount: issues.length,
      errors: issues.slice(0, MAX_ERRORS),
      notes: [],
      valid: issues.length === 0,
    });
    if (issues.length > 0) {
      dataset.status = DatasetStatus.INVALID;
      log.warn({ scope, year, kind, errors: issues.length }, 'DECP file invalid: previous kept');
      return dataset;
    }
    const finalPath = decpFile(this.dataDir, scope, year, format);
    const tmp = `${finalPath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(finalPath), { recursive: true });
    try {
      await writeFile(tmp, bytes);
      await rename(tmp, finalPath);
    } finally {
      await rm(tmp, { force: true });
    }
    Object.assign(dataset, {
      status: DatasetStatus.VALID,
      sha256: sha256Hex(bytes),
      size: bytes.length,
      publishedFileAt: dataset.generatedAt,
    });
    return dataset;
  }

  /** Every (buyer, year) with contracts, and every year for the all-buyers file. */
  async allTargets(): Promise<{ siren: string | null; year: number }[]> {
    const rows: { siren: string; year: number }[] = await this.em
      .getConnection()
      .execute(
        'select distinct o.siren as siren, c.year as year from contracts c join organizations o on o.id = c.organization_id',
      );
    const years = new Set(rows.map((r) => Number(r.year)));
    return [
      ...rows.map((r) => ({ siren: r.siren, year: Number(r.year) })),
      ...[...years].map((year) => ({ siren: null, year })),
    ];
  }
}
