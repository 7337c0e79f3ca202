import { existsSync } from 'node:fs';
import type { Express, Response } from 'express';
import type { InfraComponents } from '../../infra/components.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Dataset } from './dataset.entity.js';
import {
  DATASET_FOLDERS,
  DATASET_MEDIA_TYPES,
  datasetFile,
  datasetOfFile,
} from './dataset-paths.js';

function notFound(res: Response) {
  res.status(404).type('text/plain; charset=utf-8').send('Fichier introuvable.');
}

/**
 * Stable URLs of every generated open data file, whatever its kind:
 * `/opendata/{siren}/{folder}/{year}.{ext}` and `/opendata/{folder}/{year}.{ext}` (every
 * organisation), the last valid file of each. Every request checks the database: an
 * organisation whose open data is off answers 404.
 */
export function datasetRoutes(components: InfraComponents) {
  const serve = async (scope: string, folder: string, file: string, res: Response) => {
    const target = datasetOfFile(folder, file);
    if (!target) {
      notFound(res);
      return;
    }
    const { kind, year, format, ext } = target;
    const em = components.orm.em.fork();
    if (scope !== 'all') {
      const org = await em.findOne(Organization, { siren: scope });
      if (!org?.openDataActive) {
        notFound(res);
        return;
      }
    }
    const dataset = await em.findOne(Dataset, { kind, scope, year });
    const path = datasetFile(components.config.dataDir, scope, year, kind, format);
    if (!dataset?.publishedFileAt || !existsSync(path)) {
      notFound(res);
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    if (dataset.sha256) {
      // A spreadsheet is made from its CSV: the CSV's digest, marked by format, identifies it.
      res.setHeader(
        'ETag',
        format === 'own' ? `"${dataset.sha256}"` : `"${dataset.sha256}-${ext}"`,
      );
    }
    res.setHeader('Last-Modified', dataset.publishedFileAt.toUTCString());
    res.type(DATASET_MEDIA_TYPES[ext]);
    res.sendFile(path);
  };
  return (app: Express) => {
    for (const folder of DATASET_FOLDERS) {
      app.get(`/opendata/${folder}/:file`, (req, res, next) => {
        serve('all', folder, req.params.file, res).catch(next);
      });
      app.get(`/opendata/:siren/${folder}/:file`, (req, res, next) => {
        if (!/^\d{9}$/.test(req.params.siren)) {
          notFound(res);
          return;
        }
        serve(req.params.siren, folder, req.params.file, res).catch(next);
      });
    }
  };
}
