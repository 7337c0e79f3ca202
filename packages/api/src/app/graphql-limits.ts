import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
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

/** Lists multiply their children's cost by the page size asked for. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first !== undefined ? 1 + childComplexity * Math.max(1, first) : undefined;
};

export function depthLimitRule(maxDepth: number) {
  return depthLimit(maxDepth);
}

export function complexityLimitPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [
                fieldExtensionsEstimator(),
                pageSizeEstimator,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (err) {
            // Bad variables or operation name: an input error, not a server fault.
            throw new GraphQLError(`Requête invalide : ${(err as Error).message}`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (complexity > max) {
            throw new GraphQLError(
              `Requête trop coûteuse (complexité ${complexity}, maximum ${max}) : demandez moins de champs ou des pages plus petites.`,
              { extensions: { code: 'graphql/too_complex', complexity, max } },
            );
          }
        },
      };
    },
  };
}
