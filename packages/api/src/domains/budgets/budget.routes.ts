import { existsSync } from 'node:fs';
import type { Express, Response } from 'express';
import type { InfraComponents } from '../../infra/components.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { isActPublic } from '../acts/act-visibility.js';
import { csvText } from '../datasets/dataset-csv-writer.js';
import { Dataset, DatasetKind } from '../datasets/dataset.entity.js';
import { datasetFile } from '../datasets/dataset-paths.js';
import { establishmentNames } from '../../identity/tenants/establishment-names.js';
import { scdlName } from './budget-export.service.js';
import { BudgetDocument } from './budget-document.entity.js';
import { BudgetImportStatus } from './budget.enums.js';
import { SCDL_BUDGET_COLUMNS, toScdlBudgetRow } from './scdl-budget.js';

const YEAR_FILE = /^(\d{4})\.csv$/;
const DOCUMENT_FILE = /^([0-9a-f-]{36})\.csv$/;

function notFound(res: Response) {
  res.status(404).type('text/plain; charset=utf-8').send('Fichier introuvable.');
}

/**
 * SCDL Budget files: /opendata/{siren}/budgets/{year}.csv, /opendata/budgets/{year}.csv (the
 * last valid generated file) and /opendata/{siren}/budgets/documents/{id}.csv (one document,
 * written on request). Every request checks the database: an inactive organisation, or a
 * document whose act is no longer public, answers 404.
 */
export function budgetRoutes(components: InfraComponents) {
  const serveYear = async (scope: string, file: string, res: Response) => {
    const m = YEAR_FILE.exec(file);
    const em = components.orm.em.fork();
    if (
      !m ||
      (scope !== 'all' && !(await em.findOne(Organization, { siren: scope }))?.openDataActive)
    ) {
      notFound(res);
      return;
    }
    const year = Number(m[1]);
    const dataset = await em.findOne(Dataset, { kind: DatasetKind.BUDGETS, scope, year });
    const path = datasetFile(components.config.dataDir, scope, year, 'BUDGETS');
    if (!dataset?.publishedFileAt || !existsSync(path)) {
      notFound(res);
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    if (dataset.sha256) {
      res.setHeader('ETag', `"${dataset.sha256}"`);
    }
    res.setHeader('Last-Modified', dataset.publishedFileAt.toUTCString());
    res.type('text/csv; charset=utf-8');
    res.sendFile(path);
  };
  const serveDocument = async (siren: string, file: string, res: Response) => {
    const m = DOCUMENT_FILE.exec(file);
    const em = components.orm.em.fork();
    const doc = m
      ? await em.findOne(
          BudgetDocument,
          { id: m[1], organization: { siren }, status: BudgetImportStatus.IMPORTED },
          { populate: ['act.organization', 'organization', 'lines'] },
        )
      : null;
    if (!doc || !isActPublic(doc.act)) {
      notFound(res);
      return;
    }
    const names = await establishmentNames(em, [doc.siret]);
    const head = {
      stage: doc.stage!,
      year: doc.year!,
      siret: doc.siret!,
      name: scdlName(doc, names),
    };
    const rows = doc.lines
      .map((l) => toScdlBudgetRow(head, l))
      .flatMap((r) => (r.ok ? [r.row] : []));
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('text/csv; charset=utf-8');
    res.send(csvText([[...SCDL_BUDGET_COLUMNS], ...rows]));
  };
  const siren = (value: string, res: Response) => {
    if (!/^\d{9}$/.test(value)) {
      notFound(res);
      return false;
    }
    return true;
  };
  return (app: Express) => {
    app.get('/opendata/budgets/:file', (req, res, next) => {
      serveYear('all', req.params.file, res).catch(next);
    });
    app.get('/opendata/:siren/budgets/documents/:file', (req, res, next) => {
      if (siren(req.params.siren, res)) {
        serveDocument(req.params.siren, req.params.file, res).catch(next);
      }
    });
    app.get('/opendata/:siren/budgets/:file', (req, res, next) => {
      if (siren(req.params.siren, res)) {
        serveYear(req.params.siren, req.params.file, res).catch(next);
      }
    });
  };
}
