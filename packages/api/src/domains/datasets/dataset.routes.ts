import { existsSync } from 'node:fs';
import type { Express, Response } from 'express';
import type { InfraComponents } from '../../infra/components.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Dataset, DatasetKind } from './dataset.entity.js';
import { DATASET_MEDIA_TYPES, datasetFile, type DatasetFormat } from './dataset-paths.js';

const YEAR_FILE = /^(\d{4})\.(csv|xlsx)$/;

function notFound(res: Response) {
  res.status(404).type('text/plain; charset=utf-8').send('Fichier introuvable.');
}

/** Stable open data file URLs; an inactive organisation's files answer 404. */
export function datasetRoutes(components: InfraComponents) {
  const serve = async (scope: string, file: string, res: Response) => {
    const m = YEAR_FILE.exec(file);
    if (!m) {
      notFound(res);
      return;
    }
    const year = Number(m[1]);
    const format = m[2] as DatasetFormat;
    const em = components.orm.em.fork();
    if (scope !== 'all') {
      const org = await em.findOne(Organization, { siren: scope });
      if (!org?.openDataActive) {
        notFound(res);
        return;
      }
    }
    const dataset = await em.findOne(Dataset, { kind: DatasetKind.DELIBERATIONS, scope, year });
    const path = datasetFile(components.config.dataDir, scope, year, 'DELIBERATIONS', format);
    if (!dataset?.publishedFileAt || !existsSync(path)) {
      notFound(res);
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    if (dataset.sha256) {
      // The spreadsheet is made from the CSV: the CSV's digest, marked by format, identifies it.
      res.setHeader(
        'ETag',
        format === 'csv' ? `"${dataset.sha256}"` : `"${dataset.sha256}-${format}"`,
      );
    }
    res.setHeader('Last-Modified', dataset.publishedFileAt.toUTCString());
    res.type(DATASET_MEDIA_TYPES[format]);
    res.sendFile(path);
  };
  return (app: Express) => {
    app.get('/opendata/deliberations/:file', (req, res, next) => {
      serve('all', req.params.file, res).catch(next);
    });
    app.get('/opendata/:siren/deliberations/:file', (req, res, next) => {
      if (!/^\d{9}$/.test(req.params.siren)) {
        notFound(res);
        return;
      }
      serve(req.params.siren, req.params.file, res).catch(next);
    });
  };
}
