import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { EntityManager } from '@mikro-orm/core';
import { uuidv7 } from '../../core/ids.js';
import { childLogger } from '../../core/logger.js';
import type { Ports } from '../../core/ports.js';
import { sha256Hex } from '../../core/sha256.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ContractImport } from './contract-import.entity.js';
import { writeContractsBulk } from './contract-bulk-writer.js';
import type { AcceptedRecord } from './decp-reader.js';
import { chunksOf, DecpStreamReader } from './decp-stream-reader.js';
import type { DecpIssue } from './decp-record.js';
import type { DecpSchemas } from './decp-schemas.js';
import { scheduleDecpExports } from './decp-export-schedule.js';
import { DecpFileError } from './procurement.errors.js';
import { ContractImportOrigin, ContractImportStatus, ContractOrigin } from './procurement.enums.js';

const log = childLogger('procurement');
const MAX_ISSUES = 500;
/** Records written per flush; the unit of work is cleared after each (bounded memory). */
export const DECP_BATCH = 200;

export interface IntakeInput {
  /** The file already in memory (a source's response), cut into pieces for the reader. */
  bytes?: Buffer;
  /** Or the file on disk (watched folder, spooled upload), read as a stream. */
  path?: string;
  fileName: string;
  origin: ContractImportOrigin;
  /** Only this buyer's records are accepted (uploads and sources). */
  siren?: string;
  sourceId?: string;
}

/** One buyer's part of the file: counts and the first issues, never its records once written. */
interface Group {
  importId: string;
  orgId: string | null;
  pending: AcceptedRecord[];
  accepted: number;
  refused: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: DecpIssue[];
  warnings: DecpIssue[];
}

const capped = (list: DecpIssue[], items: DecpIssue[]) => {
  for (const i of items) {
    if (list.length < MAX_ISSUES) {
      list.push(strip(i));
    }
  }
};

/**
 * Imports a DECP file, streamed: records are read and checked one at a time
 * (DecpStreamReader) and written by batches of DECP_BATCH, each flushed then cleared from the
 * unit of work, all inside ONE transaction per file, so memory does not grow with the file
 * (the reports keep at most MAX_ISSUES issues) and a file refused midway (invalid JSON after
 * N records, a 1.x record) rolls everything back: it leaves only its failed report.
 */
export class DecpIntakeService {
  constructor(
    private readonly em: EntityManager,
    private readonly schemas: DecpSchemas,
    private readonly ports: Ports,
  ) {}

  async intake(input: IntakeInput): Promise<ContractImport[]> {
    const digest = input.bytes
      ? { sha256: sha256Hex(input.bytes), size: input.bytes.length }
      : await hashFile(input.path!);
    const base = {
      origin: input.origin,
      fileName: input.fileName.slice(0, 255),
      ...digest,
      sourceId: input.sourceId ?? null,
    };
    const restricted = input.siren
      ? await this.em.findOneOrFail(Organization, { siren: input.siren })
      : null;
    const reader = new DecpStreamReader(this.schemas);
    const chunks = input.bytes
      ? chunksOf(input.bytes)
      : createReadStream(input.path!, { highWaterMark: 64 * 1024 });
    const exports = new Map<string, { siren: string; year: number }>();
    let imports: ContractImport[];
    try {
      imports = await this.em.transactional(async (em) => {
        const groups = new Map<string, Group>();
        let pending = 0;
        for await (const o of reader.read(chunks)) {
          const siren = o.accepted ? o.accepted.summary.buyerSiret.slice(0, 9) : o.siren;
          const g = await this.groupFor(em, groups, restricted, siren);
          capped(g.warnings, o.warnings);
          if (o.accepted && restricted && siren !== restricted.siren) {
            g.refused++;
            capped(g.errors, [otherBuyer(o.accepted)]);
          } else if (o.accepted) {
            g.accepted++;
            g.pending.push(o.accepted);
            if (++pending >= DECP_BATCH) {
              await this.writeBatch(em, groups, input.origin, exports);
              pending = 0;
            }
          } else {
            g.refused++;
            capped(g.errors, o.errors);
          }
        }
        await this.writeBatch(em, groups, input.origin, exports);
        if (groups.size === 0) {
          await this.groupFor(em, groups, restricted, null);
        }
        const orgIds = [...groups.values()].flatMap((g) => (g.orgId ? [g.orgId] : []));
        await em.find(Organization, { id: { $in: orgIds } }); // the reports name their buyer
        const out = [...groups.values()].map((g) =>
          em.create(ContractImport, {
            ...base,
            id: g.importId,
            format: reader.format,
            organization: g.orgId ? em.getReference(Organization, g.orgId) : null,
            total: g.accepted + g.refused,
            created: g.created,
            updated: g.updated,
            unchanged: g.unchanged,
            refused: g.refused,
            errors: g.errors,
            warnings: g.warnings,
            status:
              g.refused === 0
                ? ContractImportStatus.SUCCESS
                : g.accepted > 0
                  ? ContractImportStatus.PARTIAL
                  : ContractImportStatus.FAILED,
          }),
        );
        await em.flush();
        return out;
      });
    } catch (err) {
      if (!(err instanceof DecpFileError)) {
        throw err;
      }
      // Everything written before the error was rolled back with the transaction.
      const failed = this.em.create(ContractImport, {
        ...base,
        organization: restricted,
        status: ContractImportStatus.FAILED,
        errorCode: err.code,
        message: err.message,
      });
      await this.em.flush();
      return [failed];
    }
    await scheduleDecpExports(this.ports, [...exports.values()]);
    log.info(
      { file: input.fileName, imports: imports.map((i) => [i.created, i.updated, i.refused]) },
      'DECP file imported',
    );
    return imports;
  }

  /** The buyer's group (one import report); with `restricted`, there is only that one. */
  private async groupFor(
    em: EntityManager,
    groups: Map<string, Group>,
    restricted: Organization | null,
    siren: string | null,
  ): Promise<Group> {
    const key = restricted ? restricted.siren : (siren ?? '');
    let g = groups.get(key);
    if (!g) {
      g = {
        importId: uuidv7(),
        orgId: restricted?.id ?? null,
        pending: [],
        ...{ accepted: 0, refused: 0, created: 0, updated: 0, unchanged: 0 },
        errors: [],
        warnings: [],
      };
      groups.set(key, g);
      if (!restricted && siren) {
        g.orgId = (await this.orgFor(em, siren, g.warnings)).id;
      }
    }
    return g;
  }

  /** Writes the pending records of every group, then empties the unit of work. */
  private async writeBatch(
    em: EntityManager,
    groups: Map<string, Group>,
    importOrigin: ContractImportOrigin,
    exports: Map<string, { siren: string; year: number }>,
  ) {
    const origin =
      importOrigin === ContractImportOrigin.SOURCE ? ContractOrigin.SOURCE : ContractOrigin.FILE;
    await em.flush(); // a buyer created from the file, before the rows that point to it
    for (const g of groups.values()) {
      if (g.pending.length === 0 || !g.orgId) {
        g.pending = [];
        continue;
      }
      const org = await em.findOneOrFail(Organization, { id: g.orgId });
      const res = await writeContractsBulk(em, org, g.pending, origin, g.importId);
      res.changedYears.forEach((year) =>
        exports.set(`${org.siren}/${year}`, { siren: org.siren, year }),
      );
      g.created += res.created;
      g.updated += res.updated;
      g.unchanged += res.unchanged;
      g.pending = [];
    }
    await em.flush();
    em.clear();
  }

  /** A buyer unknown to the platform is created, its open data off until an admin checks it. */
  private async orgFor(em: EntityManager, siren: string, warnings: DecpIssue[]) {
    const found = await em.findOne(Organization, { siren });
    if (found) {
      return found;
    }
    warnings.push({
      index: null,
      kind: null,
      decpId: null,
      path: null,
      code: 'procurement/organization_created',
      message: `Collectivité ${siren} créée à partir du fichier, à vérifier : son open data reste désactivé jusqu’à ce qu’un administrateur de la plateforme l’active.`,
    });
    return em.create(Organization, {
      siren,
      name: `Collectivité ${siren}`,
      openDataActive: false,
      needsReview: true,
    });
  }
}

function otherBuyer(a: AcceptedRecord): DecpIssue {
  const siren = a.summary.buyerSiret.slice(0, 9);
  return {
    index: a.index,
    kind: a.kind,
    decpId: a.summary.decpId,
    path: null,
    siren,
    code: 'procurement/other_buyer',
    message: `Acheteur d’une autre collectivité (SIRET ${a.summary.buyerSiret}) : importez ce contrat depuis la collectivité ${siren}.`,
  };
}

/** SHA-256 and size of a file on disk, read as a stream. */
async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** The issue kept in the report, copied (its texts may be slices of the file's chunks). */
function strip(i: DecpIssue): DecpIssue {
  const { siren: _siren, ...rest } = i;
  void _siren;
  return JSON.parse(JSON.stringify(rest)) as DecpIssue;
}
