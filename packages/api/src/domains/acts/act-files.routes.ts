import type { Express, Request, Response } from 'express';
import type { IdentityComponents } from '../../identity/identity.components.js';
import { authServiceOf, createIdentityServices } from '../../identity/identity.services.js';
import type { InfraComponents } from '../../infra/components.js';
import { childLogger } from '../../core/logger.js';
import { type Act } from './act.entity.js';
import { isDocumentPublic } from './act-visibility.js';
import { createActsServices } from './acts.services.js';
import { Document } from './document.entity.js';

const log = childLogger('files');
const NOT_FOUND = 'Document introuvable ou non publié.';

/** Types a browser could run or render as a page are sent as plain bytes. */
function safeType(mediaType: string): string {
  return /(html|xml|svg|javascript|ecmascript)/i.test(mediaType)
    ? 'application/octet-stream'
    : mediaType;
}

/** `Content-Disposition` with the original UTF-8 name (RFC 6266 / 5987). */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function sendDocument(
  components: InfraComponents,
  doc: Document,
  req: Request,
  res: Response,
) {
  const files = components.files;
  if (!files || !(await files.exists(doc.storageKey))) {
    log.error({ documentId: doc.id }, 'stored file missing');
    res.status(404).type('text/plain; charset=utf-8').send(NOT_FOUND);
    return;
  }
  const etag = `"${doc.sha256}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Digest', `sha-256=${Buffer.from(doc.sha256, 'hex').toString('base64')}`);
  // Only a PDF opens in the browser; any other file (an annex whose bytes look like HTML or XML,
  // say) is downloaded, so that nothing runs on the platform's own origin.
  const inline = doc.mediaType === 'application/pdf' && req.query.download === undefined;
  res.setHeader('Content-Type', inline ? doc.mediaType : safeType(doc.mediaType));
  res.setHeader('Content-Disposition', disposition(inline ? 'inline' : 'attachment', doc.fileName));
  if (!inline) {
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  }
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Length', String(doc.size));
  const stream = await files.createReadStream(doc.storageKey);
  stream.on('error', (err) => {
    log.error({ err, documentId: doc.id }, 'file stream failed');
    res.destroy(err);
  });
  stream.pipe(res);
}

/**
 * Public PDFs at stable URLs, checked against the database on every request: unpublishing,
 * deleting or turning open data off answers 404 at once. Staff downloads need a bearer token.
 */
export function actFileRoutes(components: IdentityComponents) {
  return (app: Express) => {
    app.get('/opendata/:siren/actes/:actId/:documentId/:fileName', async (req, res, next) => {
      try {
        res.setHeader('Access-Control-Allow-Origin', '*');
        const em = components.orm.em.fork();
        const doc = await em.findOne(
          Document,
          {
            id: req.params.documentId,
            act: { id: req.params.actId, organization: { siren: req.params.siren } },
          },
          { populate: ['act', 'act.organization'] },
        );
        if (!doc || !isDocumentPublic(doc.act as Act, doc)) {
          res.status(404).type('text/plain; charset=utf-8').send(NOT_FOUND);
          return;
        }
        res.setHeader('Cache-Control', 'public, max-age=60');
        await sendDocument(components, doc, req, res);
      } catch (err) {
        next(err);
      }
    });

    app.get('/files/documents/:documentId', async (req, res, next) => {
      try {
        const limited = await components.rateLimits.request('anonymous', req.ip ?? 'unknown');
        if (!limited.ok) {
          res.setHeader('Retry-After', String(limited.retryAfterSeconds));
          res
            .status(429)
            .type('text/plain; charset=utf-8')
            .send('Trop de requêtes : réessayez dans un instant.');
          return;
        }
        const em = components.orm.em.fork();
        const auth = authServiceOf(em, components);
        const viewer = await auth.authenticate(req.headers.authorization, req.ip).catch(() => null);
        if (!viewer || viewer.kind === 'anonymous') {
          res.status(401).type('text/plain; charset=utf-8').send('Connexion requise.');
          return;
        }
        const services = createActsServices(
          em,
          components,
          createIdentityServices(em, components, viewer, auth),
        );
        const doc = await em.findOne(
          Document,
          { id: req.params.documentId },
          { populate: ['act'] },
        );
        const act = doc ? await services.acts.get(doc.act.id) : null;
        if (!doc || !act) {
          res
            .status(404)
            .type('text/plain; charset=utf-8')
            .send('Document introuvable ou hors de vos collectivités.');
          return;
        }
        res.setHeader('Cache-Control', 'private, no-store');
        await sendDocument(components, doc, req, res);
      } catch (err) {
        next(err);
      }
    });
  };
}
