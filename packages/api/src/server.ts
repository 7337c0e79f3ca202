import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { WebSocketServer } from 'ws';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from './acts/act-upload.service.js';
import type { Components } from './components.js';
import { createContext, type GraphQLContext } from './context.js';
import { formatError } from './http/format-error.js';
import { complexityLimitPlugin, depthLimitRule } from './http/graphql-limits.js';
import { checkHealth } from './http/health.js';
import { childLogger, withCorrelationId } from './logger.js';
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

function serveApp(app: Express, mount: string, dir: string | undefined, frameable: boolean) {
  if (!dir || !existsSync(dir)) {
    return;
  }
  app.use(mount, (_req, res, next) => {
    if (frameable) {
      res.setHeader('Content-Security-Policy', 'frame-ancestors *');
    } else {
      res.setHeader('X-Frame-Options', 'DENY');
      res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    }
    next();
  });
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

/** express + Apollo Server + graphql-ws on one HTTP server. */
export async function startServer(
  options: ServerOptions,
  listen: { port: number; host?: string },
): Promise<RunningServer> {
  const { schema, components } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      context: (ctx) =>
        createContext(components, {
          authorization:
            typeof ctx.connectionParams?.authorization === 'string'
              ? ctx.connectionParams.authorization
              : undefined,
        }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: components.config.graphql.introspection,
    formatError,
    validationRules: [depthLimitRule(components.config.graphql.maxDepth)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityLimitPlugin(schema, components.config.graphql.maxComplexity),
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
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    withCorrelationId(id, next);
  });

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

  app.use(
    '/graphql',
    graphqlUploadExpress({ maxFileSize: MAX_UPLOAD_BYTES, maxFiles: MAX_UPLOAD_FILES }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(components, {
          authorization: authorizationOf(req),
          requestId: res_id(req),
          ip: req.ip,
        }),
    }),
  );

  for (const register of [...featureRoutes(components), ...(options.routes ?? [])]) {
    register(app);
  }
  serveApp(app, '/admin', options.staticDirs?.admin, false);
  serveApp(app, '/widgets', options.staticDirs?.widgets, true);
  app.get('/', (_req, res) => res.redirect(302, '/admin/'));

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
