import { subscriptionOverHttpPlugin } from './subscription-over-http.js';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type Request } from 'express';
import { type GraphQLSchema } from 'graphql';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from '../domains/acts/act-upload.service.js';
import { enforceRequestLimit } from '../identity/auth/rate-limits.js';
import type { Components } from './components.js';
import { createContext, type GraphQLContext } from './context.js';
import { formatError } from './format-error.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { ServiceUnavailableError } from '../core/errors.js';
import {
  complexityLimitPlugin,
  depthLimitRule,
  MAX_QUERY_TOKENS,
  rootFieldsRule,
} from './graphql-limits.js';
import { checkHealth } from './health.js';
import { introspectionPlugin } from './introspection.js';
import { startLiveSocket } from './live-socket.js';
import { errorPage, notFound } from './error-pages.js';
import { securityHeaders } from './security-headers.js';
import { childLogger, withCorrelationId } from '../core/logger.js';
import { featureRoutes } from './routes.js';

const log = childLogger('server');

export interface StaticDirs {
  /** Built admin (served at /admin/). */
  admin?: string;
  /** Built widgets (served at /widgets/). */
  widgets?: string;
  /** Built GraphiQL page (served on a browser GET of /graphql). */
  graphiql?: string;
}

export interface ServerOptions {
  schema: GraphQLSchema;
  components: Components;
  staticDirs?: StaticDirs;
  /** Feature routes (open data files, PDFs…), mounted before the static apps. */
  routes?: ((app: Express) => void)[];
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

function authorizationOf(req: Request): string | undefined {
  const h = req.headers.authorization;
  return typeof h === 'string' && h.length > 0 ? h : undefined;
}

/** Serves a built app; its security headers (framable or not) come from securityHeaders(). */
function serveApp(app: Express, mount: string, dir: string | undefined) {
  if (!dir || !existsSync(dir)) {
    return;
  }
  app.use(mount, express.static(dir, { index: 'index.html', maxAge: '1h' }));
  // History-mode routes (no file extension) fall back to the nearest app entry.
  app.get(`${mount}/*splat`, (req, res, next) => {
    const rest = req.path.slice(mount.length).replace(/^\/+/, '');
    if (path.extname(rest)) {
      next();
      return;
    }
    const first = rest.split('/')[0] ?? '';
    const candidates = [path.join(dir, first, 'index.html'), path.join(dir, 'index.html')];
    const entry = candidates.find((c) => first && existsSync(c)) ?? candidates[1]!;
    if (!existsSync(entry)) {
      next();
      return;
    }
    res.sendFile(entry);
  });
}

/** How long an idle keep-alive connection stays open (longer than proxies keep theirs). */
export const KEEP_ALIVE_MS = 65_000;

/** express + Apollo Server + graphql-ws on one HTTP server. */
export async function startServer(
  options: ServerOptions,
  listen: { port: number; host?: string },
): Promise<RunningServer> {
  const { schema, components } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', components.config.trustProxy);
  const httpServer = http.createServer(app);
  // An idle keep-alive connection stays open longer than clients and reverse proxies keep theirs
  // (nginx and cloud load balancers: 60 s). With Node's 5 s default, a client or proxy that sends
  // on a connection the server is closing at that moment gets ECONNRESET (a 502 behind a proxy);
  // seen under load, when a busy client sends later than it meant to. Stop closes idle ones.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;

  const wsCleanup = startLiveSocket(httpServer, schema, components);

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // Always on: introspectionPlugin refuses it to anonymous callers when GRAPHQL_INTROSPECTION=false.
    introspection: true,
    // The process stops the server itself, once (app/graceful-stop.ts): Apollo's own SIGINT/SIGTERM
    // handlers (on whenever NODE_ENV is not `test`) stopped it a second time and sent the signal
    // again, and `npm start` then hung until its 10 s limit on every Ctrl-C.
    stopOnTerminationSignals: false,
    // Sessions and API keys travel in the Authorization header, never in cookies, so a
    // cross-site request cannot act with the victim's rights (no CSRF surface). Apollo's CSRF
    // prevention stays on anyway: it refuses "simple" cross-site requests (text/plain, GET
    // without a preflight header), e.g. against multipart uploads.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [depthLimitRule(components.config.graphql.maxDepth), rootFieldsRule],
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints in this schema: every answer is `no-store` (set below). Apollo's default
      // cache-control plugin would wrap every field of every row to compute the same thing.
      ApolloServerPluginCacheControlDisabled(),
      complexityLimitPlugin<GraphQLContext>(
        schema,
        components.config.graphql.maxComplexity,
        (ctx, points) => enforceRequestLimit(components.rateLimits, ctx.viewer, ctx.ip, points),
      ),
      introspectionPlugin(components.config.graphql.introspection),
      subscriptionOverHttpPlugin<GraphQLContext>(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && incoming.length <= 100 ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    withCorrelationId(id, next);
  });
  app.use(
    securityHeaders({
      publicUrl: components.config.publicUrl,
      oidcIssuer: components.config.oidc?.issuer,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    const report = await checkHealth(components);
    res.status(report.ok ? 200 : 503).json({ status: report.ok ? 'ok' : 'degraded', ...report });
  });

  const graphiqlDir = options.staticDirs?.graphiql;
  if (graphiqlDir && existsSync(graphiqlDir)) {
    app.use('/graphiql-assets', express.static(path.join(graphiqlDir, 'graphiql-assets')));
    app.get('/graphql', (req, res, next) => {
      if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
        res.sendFile(path.join(graphiqlDir, 'index.html'));
        return;
      }
      next();
    });
  }

  // The public API is usable from any origin with an API key in the Authorization header (no
  // cookies, so no credentials mode); the admin calls it from the same origin.
  app.use(
    '/graphql',
    cors({
      origin: '*',
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'x-request-id',
      ],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
  );
  // Its own express app: answers are `no-store`, so no ETag is hashed over every body (the
  // parent's error handlers still get its errors; `trust proxy` is inherited).
  const graphqlApp = express();
  graphqlApp.disable('x-powered-by');
  graphqlApp.set('etag', false);
  app.use('/graphql', graphqlApp);
  graphqlApp.use(
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    graphqlUploadExpress({ maxFileSize: MAX_UPLOAD_BYTES, maxFiles: MAX_UPLOAD_FILES }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const ctx = await createContext(components, {
          authorization: authorizationOf(req),
          requestId: res_id(req),
          ip: req.ip,
        }).catch((err: unknown) => {
          // Signing a caller in needs the database: its outage is a 503, not a 500.
          throw isDatabaseUnavailable(err) ? new ServiceUnavailableError() : err;
        });
        await enforceRequestLimit(components.rateLimits, ctx.viewer, req.ip);
        return ctx;
      },
    }),
  );

  for (const register of [...featureRoutes(components), ...(options.routes ?? [])]) {
    register(app);
  }
  serveApp(app, '/admin', options.staticDirs?.admin);
  serveApp(app, '/widgets', options.staticDirs?.widgets);
  app.get('/', (_req, res) => res.redirect(302, '/admin/'));
  app.use(notFound);
  app.use(errorPage);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${listen.host && listen.host !== '0.0.0.0' ? listen.host : '127.0.0.1'}:${port}`;
  log.info({ url }, 'server listening');

  return {
    url,
    port,
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}

function res_id(req: Request): string | undefined {
  const v = req.res?.getHeader('X-Request-Id');
  return typeof v === 'string' ? v : undefined;
}
