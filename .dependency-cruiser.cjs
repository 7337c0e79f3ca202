// Import rules for every package, checked by `pnpm run arch` (part of `npm test`).
// packages/api/src is layered; a module may import its own layer or a lower one, never a higher one:
//   shared (pure rules, no dependency at all: also bundled by admin and widgets)
//   → core (config, errors, logger, ids, paging, job contract, live topics, ports)
//   → infra (general-purpose engines: files, search, jobs, events, zip, pdf, table schema)
//   → identity (auth, organizations, audit)
//   → domains (acts, deposits, datasets, widgets, activity, …)
//   → app (composition: services, context, schema, server, database, http)
//   → src/index.ts, src/main.ts (entry points)
const API = '^packages/api/src/';
const layer = (name) => `${API}${name}/`;
const above = {
  shared: ['core', 'infra', 'identity', 'domains', 'app'],
  core: ['infra', 'identity', 'domains', 'app'],
  infra: ['identity', 'domains', 'app'],
  identity: ['domains', 'app'],
  domains: ['app'],
};
const ENTRY = `${API}(index|main)\\.ts$`;

module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      comment: 'No import cycle between files (two-way relations between ORM entities aside).',
      severity: 'error',
      from: { pathNot: '\\.entity\\.ts$' },
      to: { circular: true, viaOnly: { pathNot: '\\.entity\\.ts$' } },
    },
    ...Object.entries(above).map(([from, higher]) => ({
      name: `api-layer-${from}`,
      comment: `${from} may not import ${higher.join(', ')} (see ARCHITECTURE.md, layers).`,
      severity: 'error',
      from: { path: layer(from) },
      to: { path: `${API}(${higher.join('|')})/` },
    })),
    {
      name: 'api-entry-points',
      comment: 'Nothing imports the entry points (src/index.ts, src/main.ts).',
      severity: 'error',
      from: { path: API },
      to: { path: ENTRY },
    },
    {
      name: 'api-shared-is-dependency-free',
      comment: 'src/shared is bundled by the admin and the widgets: no package, no Node builtin.',
      severity: 'error',
      from: { path: layer('shared'), pathNot: '\\.spec\\.ts$' },
      to: { pathNot: layer('shared') },
    },
    {
      name: 'acts-is-the-base-domain',
      comment:
        'acts imports no other domain; the others build on it (and on each other without loops: see scripts/check-architecture.mjs).',
      severity: 'error',
      from: { path: `${API}domains/acts/` },
      to: { path: `${API}domains/`, pathNot: `${API}domains/acts/` },
    },
    {
      name: 'no-relative-import-into-another-package',
      comment: 'Packages import each other by name (@opendata/api, …), never by a relative path.',
      severity: 'error',
      from: { path: '^(packages/[^/]+|bench)/' },
      to: { path: '^packages/', pathNot: '^$1/', dependencyTypes: ['local'] },
    },
    {
      name: 'front-ends-use-the-schema',
      comment:
        'admin and widgets depend only on the SDL (generated types) and @opendata/api/shared.',
      severity: 'error',
      from: { path: '^packages/(admin|widgets)/src/' },
      to: { path: '^packages/(api|worker)/', pathNot: layer('shared') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-graphiql|node_modules|test-results)/|/gql/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'types', 'default'],
      extensions: ['.ts', '.vue', '.js', '.mjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
