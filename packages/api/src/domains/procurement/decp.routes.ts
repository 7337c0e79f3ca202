import { existsSync } from 'node:fs';
import type { Express, Response } from 'express';
import type { InfraComponents } from '../../infra/components.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Dataset, DatasetKind } from '../datasets/dataset.entity.js';
import { decpFile } from './decp-paths.js';

const YEAR_FILE = /^(\d{4})\.(json|xml)$/;

function notFound(res: Response) {
  res.status(404).type('text/plain; charset=utf-8').send('Fichier introuvable.');
}

/** Stable DECP file URLs; an organisation whose open data is off answers 404. */
export function decpRoutes(components: InfraComponents) {
  const serve = async (scope: string, file: string, res: Response) => {
    const m = YEAR_FILE.exec(file);
    if (!m) {
      notFound(res);
      return;
    }
    const year = Number(m[1]);
    const format = m[2] as 'json' | 'xml';
    const em = components.orm.em.fork();
    if (scope !== 'all') {
      const org = await em.findOne(Organization, { siren: scope });
      if (!org?.openDataActive) {
        notFound(res);
        return;
      }
    }
    const kind = format === 'json' ? DatasetKind.DECP_JSON : DatasetKind.DECP_XML;
    const dataset = await em.findOne(Dataset, { kind, scope, year });
    const path = decpFile(components.config.dataDir, scope, year, format);
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
    res.type(
      format === 'json' ? 'application/json; charset=utf-8' : 'application/xml; charset=utf-8',
    );
    res.sendFile(path);
  };
  return (app: Express) => {
    app.get('/opendata/decp/:file', (req, res, next) => {
      serve('all', req.params.file, res).catch(next);
    });
    app.get('/opendata/:siren/decp/:file', (req, res, next) => {
      if (!/^\d{9}$/.test(req.params.siren)) {
        notFound(res);
        return;
      }
      serve(req.params.siren, req.params.file, res).catch(next);
    });
  };
}
