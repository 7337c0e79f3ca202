import type { Express, Response } from 'express';
import type { InfraComponents } from '../../infra/components.js';
import { isActPublic } from '../acts/act-visibility.js';
import { csvText } from '../datasets/dataset-csv-writer.js';
import { establishmentNames } from '../../identity/tenants/establishment-names.js';
import { scdlName } from './budget-export.service.js';
import { BudgetDocument } from './budget-document.entity.js';
import { BudgetImportStatus } from './budget.enums.js';
import { SCDL_BUDGET_COLUMNS, toScdlBudgetRow } from './scdl-budget.js';

const DOCUMENT_FILE = /^([0-9a-f-]{36})\.csv$/;

function notFound(res: Response) {
  res.status(404).type('text/plain; charset=utf-8').send('Fichier introuvable.');
}

/**
 * One budget document's SCDL rows, written on request: /opendata/{siren}/budgets/documents/{id}.csv
 * (the yearly files are served by the datasets' routes). A document whose act is no longer
 * public answers 404.
 */
export function budgetRoutes(components: InfraComponents) {
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
    app.get('/opendata/:siren/budgets/documents/:file', (req, res, next) => {
      if (siren(req.params.siren, res)) {
        serveDocument(req.params.siren, req.params.file, res).catch(next);
      }
    });
  };
}
