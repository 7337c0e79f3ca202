import type { EntityManager } from '@mikro-orm/core';
import { childLogger } from '../../core/logger.js';
import type { Ports } from '../../core/ports.js';
import { sha256Hex } from '../../core/sha256.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ContractImport } from './contract-import.entity.js';
import { linkContractsToActs } from './contract-links.js';
import { writeContracts } from './contract-writer.js';
import { readDecp, type DecpReading } from './decp-reader.js';
import type { DecpIssue } from './decp-record.js';
import type { DecpSchemas } from './decp-schemas.js';
import { scheduleDecpExports } from './decp-export-schedule.js';
import { DecpFileError } from './procurement.errors.js';
import { ContractImportOrigin, ContractImportStatus, ContractOrigin } from './procurement.enums.js';

const log = childLogger('procurement');
const MAX_ISSUES = 500;

export interface IntakeInput {
  bytes: Buffer;
  fileName: string;
  origin: ContractImportOrigin;
  /** Only this buyer's records are accepted (uploads and sources). */
  siren?: string;
  sourceId?: string;
}

interface Group {
  org: Organization | null;
  siren: string | null;
  reading: DecpReading['accepted'];
  errors: DecpIssue[];
  warnings: DecpIssue[];
}

/**
 * Imports a DECP file: reads and checks it (decp-reader), then, in one transaction, writes the
 * valid records of each buyer and one import report per buyer. A file that cannot be read
 * leaves only its failed report.
 */
export class DecpIntakeService {
  constructor(
    private readonly em: EntityManager,
    private readonly schemas: DecpSchemas,
    private readonly ports: Ports,
  ) {}

  async intake(input: IntakeInput): Promise<ContractImport[]> {
    const base = {
      origin: input.origin,
      fileName: input.fileName.slice(0, 255),
      sha256: sha256Hex(input.bytes),
      size: input.bytes.length,
      sourceId: input.sourceId ?? null,
    };
    const restricted = input.siren
      ? await this.em.findOneOrFail(Organization, { siren: input.siren })
      : null;
    let reading: DecpReading;
    try {
      reading = readDecp(input.bytes.toString('utf8'), this.schemas);
    } catch (err) {
      if (!(err instanceof DecpFileError)) {
        throw err;
      }
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
    const groups = this.group(reading, restricted);
    const origin =
      input.origin === ContractImportOrigin.SOURCE ? ContractOrigin.SOURCE : ContractOrigin.FILE;
    const exports = new Map<string, { siren: string; year: number }>();
    const imports = await this.em.transactional(async (em) => {
      const out: ContractImport[] = [];
      for (const g of groups.values()) {
        const org = g.org ?? (g.siren ? await this.orgFor(em, g.siren, g.warnings) : null);
        const imp = em.create(ContractImport, {
          ...base,
          format: reading.format,
          organization: org,
          status: ContractImportStatus.FAILED,
        });
        const res = org
          ? await writeContracts(em, org, g.reading, origin, imp.id)
          : { created: 0, updated: 0, unchanged: 0, changed: [] };
        if (org) {
          await linkContractsToActs(em, org, res.changed);
          res.changed.forEach((c) =>
            exports.set(`${org.siren}/${c.year}`, { siren: org.siren, year: c.year }),
          );
        }
        const refused = new Set(g.errors.map((e) => `${e.kind}/${e.index}`)).size;
        Object.assign(imp, {
          total: g.reading.length + refused,
          created: res.created,
          updated: res.updated,
          unchanged: res.unchanged,
          refused,
          errors: g.errors.slice(0, MAX_ISSUES).map(strip),
          warnings: g.warnings.slice(0, MAX_ISSUES).map(strip),
          status:
            refused === 0
              ? ContractImportStatus.SUCCESS
              : g.reading.length > 0
                ? ContractImportStatus.PARTIAL
                : ContractImportStatus.FAILED,
        });
        out.push(imp);
      }
      return out;
    });
    await scheduleDecpExports(this.ports, [...exports.values()]);
    log.info(
      { file: input.fileName, imports: imports.map((i) => [i.created, i.updated, i.refused]) },
      'DECP file imported',
    );
    return imports;
  }

  /** Issues and records by buyer; with `restricted`, other buyers' records are refused. */
  private group(reading: DecpReading, restricted: Organization | null): Map<string, Group> {
    const groups = new Map<string, Group>();
    const at = (siren: string | null): Group => {
      const key = restricted ? restricted.siren : (siren ?? '');
      let g = groups.get(key);
      if (!g) {
        g = {
          org: restricted,
          siren: restricted?.siren ?? siren,
          reading: [],
          errors: [],
          warnings: [],
        };
        groups.set(key, g);
      }
      return g;
    };
    for (const a of reading.accepted) {
      const siren = a.summary.buyerSiret.slice(0, 9);
      if (restricted && siren !== restricted.siren) {
        at(siren).errors.push({
          index: a.index,
          kind: a.kind,
          decpId: a.summary.decpId,
          path: null,
          siren,
          code: 'procurement/other_buyer',
          message: `Acheteur d’une autre collectivité (SIRET ${a.summary.buyerSiret}) : importez ce contrat depuis la collectivité ${siren}.`,
        });
      } else {
        at(siren).reading.push(a);
      }
    }
    reading.errors.forEach((e) => at(e.siren ?? null).errors.push(e));
    reading.warnings.forEach((w) => at(w.siren ?? null).warnings.push(w));
    if (groups.size === 0) {
      at(null);
    }
    return groups;
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

function strip(i: DecpIssue): DecpIssue {
  const { siren: _siren, ...rest } = i;
  void _siren;
  return { ...rest };
}
