import type { NextFunction, Request, Response } from 'express';
import { childLogger } from '../core/logger.js';

const log = childLogger('http');

const MESSAGES: Record<number, string> = {
  400: 'Requête invalide.',
  404: 'Page introuvable.',
  405: 'Méthode non autorisée.',
  413: 'Requête trop volumineuse.',
  415: 'Type de contenu non pris en charge.',
  429: 'Trop de requêtes : réessayez dans un instant.',
  500: 'Une erreur inattendue est survenue. Elle a été journalisée.',
};

function wantsJson(req: Request): boolean {
  return (
    req.path.startsWith('/graphql') ||
    req.path.startsWith('/files/') ||
    req.accepts(['text/html', 'application/json']) === 'application/json'
  );
}

/** A French answer, JSON for programs or a small page for browsers: never a framework page. */
function answer(req: Request, res: Response, status: number): void {
  const message = MESSAGES[status] ?? MESSAGES[status >= 500 ? 500 : 400]!;
  res.setHeader('Cache-Control', 'no-store');
  if (wantsJson(req)) {
    res.status(status).json({ error: { status, message } });
    return;
  }
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${message}</title>` +
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
        `<body><main><h1>${message}</h1><p><a href="/admin/">Administration</a></p></main>` +
        '</body></html>',
    );
}

/** Any path no route answered. */
export function notFound(req: Request, res: Response): void {
  answer(req, res, 404);
}

/** Errors that reached express (body too large, malformed JSON, faults): no stack trace, ever. */
export function errorPage(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(err);
    return;
  }
  const e = err as { status?: unknown; statusCode?: unknown; type?: unknown };
  const raw = Number(e?.status ?? e?.statusCode ?? 500);
  const status = raw >= 400 && raw < 600 ? raw : 500;
  if (status >= 500) {
    log.error({ err, path: req.path }, 'request failed');
  } else {
    log.info({ status, path: req.path, type: e?.type }, 'request refused');
  }
  answer(req, res, status);
}
