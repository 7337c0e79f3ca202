import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// Its ESM build imports graphql/index.mjs while type-graphql loads the CJS graphql: load its CJS
// build so one graphql instance is used (otherwise "another module or realm").
const complexity = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = complexity;

/** Tokens a document may have: parsing stops there (deeply nested or huge queries). */
export const MAX_QUERY_TOKENS = 5_000;
/** Root fields an operation may ask for (aliases count: `a: searchActs … b: searchActs …`). */
export const MAX_ROOT_FIELDS = 20;
/** Page size assumed for a connection asked for without `first`. */
const DEFAULT_PAGE = 20;

/** Lists multiply their children's cost by the page size asked for (default page otherwise). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const connection = /Connection$/.test(String(field.type).replace(/[!\[\]]/g, ''));
  if (first === undefined && !connection) {
    return undefined;
  }
  return 1 + childComplexity * Math.max(1, first ?? DEFAULT_PAGE);
};

/** Variables (as JSON) longer than this are not cached: their cost is computed each time. */
const CACHED_VARIABLES_MAX = 2_000;
/** Costs kept per document (operation name + variables), the oldest dropped first. */
const CACHED_COSTS_PER_DOCUMENT = 64;
/** Apollo hands the same parsed DocumentNode for the same query text (its document cache). */
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

/**
 * `complexityOf`, remembered per schema, document, operation name and variables: the cost
 * depends on nothing else (page sizes, @skip/@include and arguments come from the variables),
 * so the same operation sent again costs a Map lookup instead of a walk of the schema. An
 * operation whose cost cannot be computed throws each time (nothing kept).
 */
export function cachedComplexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  const json = JSON.stringify(variables);
  if (json.length > CACHED_VARIABLES_MAX) {
    return complexityOf(schema, document, operationName, variables);
  }
  let bySchema = costs.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    costs.set(schema, bySchema);
  }
  let byDocument = bySchema.get(document);
  if (!byDocument) {
    byDocument = new Map();
    bySchema.set(document, byDocument);
  }
  const key = `${operationName ?? ''}\n${json}`;
  const known = byDocument.get(key);
  if (known !== undefined) {
    return known;
  }
  const cost = complexityOf(schema, document, operationName, variables);
  if (byDocument.size >= CACHED_COSTS_PER_DOCUMENT) {
    byDocument.delete(byDocument.keys().next().value!);
  }
  byDocument.set(key, cost);
  return cost;
}

/** The cost of an operation: fields, pages, and the declared cost of heavy fields (searches). */
export function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    operationName: operationName ?? undefined,
    query: document,
    variables,
    estimators: [
      fieldExtensionsEstimator(),
      pageSizeEstimator,
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** Refuses an operation asking for more than MAX_ROOT_FIELDS root fields (aliases included). */
export function rootFieldsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const count = node.selectionSet.selections.length;
      if (count > MAX_ROOT_FIELDS) {
        context.reportError(
          new GraphQLError(
            `Trop de champs demandés à la fois (${count}, ${MAX_ROOT_FIELDS} au plus) : envoyez plusieurs requêtes.`,
            { nodes: [node], extensions: { code: 'graphql/too_many_fields' } },
          ),
        );
      }
    },
  };
}

export function depthLimitRule(maxDepth: number) {
  return depthLimit(maxDepth);
}

/** Complexity one request point covers: past it, an operation counts for several requests. */
export const COMPLEXITY_PER_POINT = 100;

export function complexityLimitPlugin<C extends object>(
  schema: GraphQLSchema,
  max: number,
  /** Charges the caller's rate limit for an operation's cost beyond its first point. */
  charge?: (context: C, extraPoints: number) => Promise<void>,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          let complexity: number;
          try {
            complexity = cachedComplexityOf(
              schema,
              document,
              request.operationName,
              request.variables ?? {},
            );
          } catch (err) {
            // Bad variables or operation name: an input error, not a server fault.
            throw new GraphQLError(`Requête invalide : ${(err as Error).message}`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (complexity > max) {
            throw new GraphQLError(
              `Requête trop coûteuse (complexité ${complexity}, maximum ${max}) : demandez moins de champs ou des pages plus petites.`,
              // Refused before running: the caller's request, not a server fault (400, not 500).
              {
                extensions: { code: 'graphql/too_complex', complexity, max, http: { status: 400 } },
              },
            );
          }
          const extra = Math.floor(complexity / COMPLEXITY_PER_POINT);
          if (charge && extra > 0) {
            await charge(contextValue, extra);
          }
        },
      };
    },
  };
}
