import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Express, Request, Response } from 'express';
import type { InfraComponents } from '../../infra/components.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import {
  catalogWriter,
  writeCatalog,
  type CatalogFormat,
  type CatalogPageInput,
} from './catalog-rdf.js';
import { organizationIri } from './catalog-terms.js';
import { CatalogService } from './catalog.service.js';
import { donneesPage } from './donnees-page.js';

const SIREN = /^\d{9}$/;

function notFound(res: Response, text = 'Catalogue introuvable.') {
  res.status(404).type('text/plain; charset=utf-8').send(text);
}

/** `?page=N`: 1 when absent, null when not a positive integer. */
function pageOf(req: Request): number | null {
  const raw = req.query.page;
  if (raw === undefined) {
    return 1;
  }
  return typeof raw === 'string' && /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : null;
}

/**
 * The public catalogue: DCAT-AP catalogues for harvesters (per organisation and for the
 * platform, Turtle and JSON-LD, Hydra-paged, 200 on GET and HEAD with no redirect) and the
 * `/donnees/` page (the yearly listing of act PDFs is a dataset file: dataset.routes.ts).
 */
export function catalogRoutes(
  components: InfraComponents,
  /** Datasets published by another channel (API push), left out of the DCAT catalogues. */
  pushed?: (em: EntityManager) => Promise<Set<string>>,
) {
  const { publicUrl, dataDir } = components.config;
  const service = () => new CatalogService(components.orm.em.fork(), { publicUrl, dataDir });
  const dcat = (em = components.orm.em.fork()) =>
    new CatalogService(em, { publicUrl, dataDir }, pushed && (() => pushed(em)));

  /**
   * One page: written in pieces turned into bytes as they come (the text is never held whole,
   * nor encoded twice), its ETag the SHA-1 of those bytes, hashed on the way (a conditional
   * request gets 304); 200 on GET and HEAD, no redirect.
   */
  const send = (req: Request, res: Response, format: CatalogFormat, input: CatalogPageInput) => {
    const parts: Buffer[] = [];
    const hash = createHash('sha1');
    let length = 0;
    writeCatalog(
      input,
      catalogWriter(format, (chunk) => {
        const bytes = Buffer.from(chunk, 'utf8');
        parts.push(bytes);
        hash.update(bytes);
        length += bytes.length;
      }),
    );
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', `"${hash.digest('base64url')}"`);
    res.type(
      format === 'ttl' ? 'text/turtle; charset=utf-8' : 'application/ld+json; charset=utf-8',
    );
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Length', length);
    res.end(Buffer.concat(parts, length));
  };

  const organizationCatalog = async (req: Request, res: Response, format: CatalogFormat) => {
    const siren = String(req.params.siren);
    const page = pageOf(req);
    const em = components.orm.em.fork();
    const org = SIREN.test(siren)
      ? await em.findOne(Organization, { siren }, { fields: ['name', 'openDataActive'] })
      : null;
    if (!org?.openDataActive || page !== 1) {
      notFound(res);
      return;
    }
    const datasets = await dcat(em).datasets(siren);
    send(req, res, format, {
      url: `${publicUrl}/opendata/${siren}/catalog.${format}`,
      title: `Données ouvertes - ${org.name}`,
      description: `Catalogue DCAT des jeux de données publiés par ${org.name} (SIREN ${siren}) : délibérations, budgets, marchés publics et actes.`,
      homepage: `${publicUrl}/donnees/${siren}`,
      publisher: { iri: organizationIri(`${publicUrl}/donnees/`, siren), name: org.name, siren },
      datasets,
      total: datasets.length,
      page: 1,
      pageCount: 1,
      now: new Date(),
    });
  };

  const platformCatalog = async (req: Request, res: Response, format: CatalogFormat) => {
    const page = pageOf(req);
    const result = page ? await dcat().allDatasets(page) : null;
    if (!result || !page || page > result.pageCount) {
      notFound(res);
      return;
    }
    send(req, res, format, {
      url: `${publicUrl}/opendata/catalog.${format}`,
      title: 'Données ouvertes des collectivités de la plateforme',
      description:
        'Catalogue DCAT de tous les jeux de données publiés sur la plateforme : délibérations, budgets, marchés publics et actes des collectivités.',
      homepage: `${publicUrl}/donnees/`,
      publisher: null,
      datasets: result.datasets,
      total: result.total,
      page,
      pageCount: result.pageCount,
      now: new Date(),
    });
  };

  return (app: Express) => {
    for (const format of ['ttl', 'jsonld'] as const) {
      app.get(`/opendata/catalog.${format}`, (req, res, next) => {
        platformCatalog(req, res, format).catch(next);
      });
      app.get(`/opendata/:siren/catalog.${format}`, (req, res, next) => {
        organizationCatalog(req, res, format).catch(next);
      });
    }
    const page = (req: Request, res: Response) => donneesPage(service(), publicUrl, req, res);
    app.get('/donnees', (req, res, next) => {
      page(req, res).catch(next);
    });
    app.get('/donnees/:siren', (req, res, next) => {
      page(req, res).catch(next);
    });
  };
}
