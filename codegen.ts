import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema (the committed SDL emitted by the api) → typed documents for admin and widgets.
// Regenerate with `pnpm codegen`; `pnpm codegen:check` fails when the committed output drifts.

/** Every custom scalar maps to an explicit TS type (strictScalars makes a new one fail loudly). */
const scalars = {
  ID: 'string',
  DateTimeISO: 'string',
  DateTime: 'string',
  Date: 'string',
  LocalDate: 'string',
  NonEmptyString: 'string',
  JSON: 'unknown',
  JSONObject: 'Record<string, unknown>',
  BigInt: 'string',
  Upload: 'File',
};

const common = {
  useTypeImports: true,
  enumsAsTypes: true,
  onlyOperationTypes: true,
  strictScalars: true,
  scalars,
};

const documentsOf = (pkg: string) => [
  `packages/${pkg}/src/**/*.{ts,vue}`,
  `!packages/${pkg}/src/gql/**/*`,
  `!packages/${pkg}/src/**/*.spec.ts`,
];

const config: CodegenConfig = {
  schema: 'packages/api/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'packages/admin/src/gql/': {
      documents: documentsOf('admin'),
      preset: 'client',
      config: common,
    },
    // Widgets post plain strings with fetch (no Apollo, no graphql-js in the bundle).
    'packages/widgets/src/gql/': {
      documents: documentsOf('widgets'),
      preset: 'client',
      config: { ...common, documentMode: 'string' },
    },
  },
  hooks: {
    // The root .prettierignore skips gql/ for `pnpm format`; format the generated files here.
    afterAllFileWrite: ['prettier --write --ignore-path .gitignore'],
  },
};

export default config;
