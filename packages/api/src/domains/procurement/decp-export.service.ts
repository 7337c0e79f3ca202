import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/core';
import { childLogger } from '../../core/logger.js';
import type { JsonSchemaIssue } from '../../infra/json-schema/json-schema-validator.js';
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
import { ContractKind, DECP_KIND_OF } from './procurement.enums.js';

const log = childLogger('procurement');
const MAX_ERRORS = 100;
/** Contracts read per query while a file is written. */
const PAGE = 500;

interface Spooled {
  tmp: string;
  finalPath: string;
  sha256: string;
  size: number;
}

const jsonIssue = (v: string, i: JsonSchemaIssue): DatasetIssue => ({
  row: null,
  column: i.pointer,
  rule: i.keyword,
  message: `Non conforme au schéma DECP ${v} (${i.pointer || '/'}) : ${i.message}`,
});

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
    const where = siren
      ? { year, organization: { siren } }
      : { year, organization: { openDataActive: true } };
    const json = await this.writeJson(scope, year, where);
    const xml = await this.writeXml(scope, year, where);
    const out = [
      await this.publish(DatasetKind.DECP_JSON, scope, year, json.file, json.issues, json.rows),
      await this.publish(DatasetKind.DECP_XML, scope, year, xml.file, xml.issues, xml.rows),
    ];
    for (const d of out) {
      recordGeneration(this.em, d, reason);
    }
    await this.em.flush();
    return out;
  }

  /**
   * The records to publish, marchés first then concessions (the XML carries them in the JSON's
   * order): their ids in order first (one cheap sorted read), then the records by pages of PAGE
   * through a unit of work of their own, cleared after each page. (Paging the records by
   * OFFSET made the database sort every record's JSON again for each page: quadratic.)
   */
  private async *records(where: object): AsyncGenerator<Pick<Contract, 'kind' | 'record'>> {
    const em = this.em.fork();
    for (const kind of [ContractKind.MARCHE, ContractKind.CONCESSION]) {
      const ids = (
        await em.find(
          Contract,
          { ...where, kind },
          { fields: ['id'], orderBy: { notifiedOn: 'asc', decpId: 'asc', id: 'asc' } },
        )
      ).map((c) => c.id);
      em.clear();
      for (let i = 0; i < ids.length; i += PAGE) {
        const chunk = ids.slice(i, i + PAGE);
        const found = await em.find(
          Contract,
          { id: { $in: chunk } },
          { fields: ['id', 'kind', 'record'] },
        );
        const byId = new Map(found.map((c) => [c.id, c]));
        em.clear();
        for (const id of chunk) {
          const c = byId.get(id);
          if (c) {
            yield c;
          }
        }
      }
    }
  }

  /**
   * The JSON file, streamed to a temporary file one record per line: each record checked
   * against the 2.0.3 and 2.0.2 schemas (the list items' definitions, the pointers those of the
   * whole file), then the document's skeleton (which lists it holds), so memory stays constant.
   * Public for the bench (bench/decp-bench.ts), which times it alone.
   */
  async writeJson(scope: string, year: number, where: object) {
    const issues: DatasetIssue[] = [];
    const validators = [
      [this.schemas.json203, '2.0.3'],
      [this.schemas.json202, '2.0.2'],
    ] as const;
    const counts: Record<string, number> = {};
    const records = () => this.records(where);
    const lines = async function* () {
      yield '{"marches":{';
      let open: string | null = null;
      for await (const c of records()) {
        const kind = DECP_KIND_OF[c.kind];
        const index = counts[kind] ?? 0;
        counts[kind] = index + 1;
        for (const [validator, v] of validators) {
          for (const i of validator.validate(c.record, `${kind}List`)) {
            issues.push(jsonIssue(v, { ...i, pointer: `/marches/${kind}/${index}${i.pointer}` }));
          }
        }
        const lead = open === kind ? ',\n' : `${open ? '\n],' : ''}"${kind}":[\n`;
        open = kind;
        yield `${lead}${JSON.stringify(c.record)}`;
      }
      // 2.0.3: at least one of the two lists
      yield open ? '\n]}}\n' : '"marche":[]}}\n';
    };
    const file = await this.spool(scope, year, 'json', lines());
    const skeleton = Object.fromEntries(
      Object.keys(counts).length ? Object.keys(counts).map((k) => [k, []]) : [['marche', []]],
    );
    for (const [validator, v] of validators) {
      issues.push(...validator.validate({ marches: skeleton }).map((i) => jsonIssue(v, i)));
    }
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    return { file, issues, rows };
  }

  /**
   * The XML file, streamed to a temporary file record by record, each record's element checked
   * alone against the XSD as it is written (`marche` and `contrat-concession` are global
   * elements of the XSD and `<marches>` is any sequence of them: checking each is checking the
   * file), so memory stays constant. Issues carry the line in the file and the element's path.
   */
  async writeXml(scope: string, year: number, where: object) {
    const xsd = await this.schemas.loadXsd();
    const root = this.schemas.root;
    const issues: DatasetIssue[] = [];
    const counts: Record<string, number> = {};
    let rows = 0;
    const records = () => this.records(where);
    const pieces = async function* () {
      const head = '<?xml version="1.0" encoding="UTF-8"?>\n<marches>\n';
      let line = 3; // where the next record starts
      yield head;
      for await (const c of records()) {
        const kind = DECP_KIND_OF[c.kind];
        const index = counts[kind] ?? 0;
        counts[kind] = index + 1;
        rows++;
        const el = jsonRecordToXml(root, kind, c.record);
        for (const i of xsd.validate(el)) {
          issues.push({
            row: line + i.line - 1,
            column:
              i.path?.replace(new RegExp(`^/${kind}`), `/marches/${kind}[${index + 1}]`) ?? null,
            rule: 'xsd',
            message: `Non conforme au schéma XSD DECP 2.0.2 : ${i.message}`,
          });
        }
        for (let at = el.indexOf('\n'); at >= 0; at = el.indexOf('\n', at + 1)) {
          line++;
        }
        yield el;
      }
      yield '</marches>\n';
    };
    const file = await this.spool(scope, year, 'xml', pieces());
    return { file, issues, rows };
  }

  /** Writes pieces of text to a temporary file beside the served one, hashing as it goes. */
  private async spool(
    scope: string,
    year: number,
    format: DecpFileFormat,
    pieces: Iterable<string> | AsyncIterable<string>,
  ): Promise<Spooled> {
    const finalPath = decpFile(this.dataDir, scope, year, format);
    const tmp = `${finalPath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(finalPath), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(
      pieces,
      async function* (source: Iterable<string> | AsyncIterable<string>) {
        for await (const piece of source) {
          const bytes = Buffer.from(piece, 'utf8');
          hash.update(bytes);
          size += bytes.length;
          yield bytes;
        }
      },
      createWriteStream(tmp),
    );
    return { tmp, finalPath, sha256: hash.digest('hex'), size };
  }

  private async publish(
    kind: DatasetKind,
    scope: string,
    year: number,
    file: Spooled,
    issues: DatasetIssue[],
    rowCount: number,
  ): Promise<Dataset> {
    const dataset =
      (await this.em.findOne(Dataset, { kind, scope, year })) ??
      this.em.create(Dataset, { kind, scope, year, status: DatasetStatus.INVALID });
    Object.assign(dataset, {
      generatedAt: new Date(),
      rowCount,
      errorCount: issues.length,
      errors: issues.slice(0, MAX_ERRORS),
      notes: [],
      valid: issues.length === 0,
    });
    try {
      if (issues.length > 0) {
        dataset.status = DatasetStatus.INVALID;
        log.warn({ scope, year, kind, errors: issues.length }, 'DECP file invalid: previous kept');
        return dataset;
      }
      await rename(file.tmp, file.finalPath);
    } finally {
      await rm(file.tmp, { force: true });
    }
    Object.assign(dataset, {
      status: DatasetStatus.VALID,
      sha256: file.sha256,
      size: file.size,
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
