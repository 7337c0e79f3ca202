import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { ActsServices } from './acts.services.js';
import { Act } from './act.entity.js';
import { CreateActInput } from './act.inputs.js';

type GraphQLContext = RequestContext<ActsServices>;

@Resolver()
export class ActUploadResolver {
  @Mutation(() => Act, {
    description:
      'Crée un acte hors télétransmission avec ses fichiers (multipart GraphQL ; en-tête apollo-require-preflight).',
  })
  createAct(
    @Arg('input', () => CreateActInput) input: CreateActInput,
    @Arg('files', () => [GraphQLUpload]) files: Promise<FileUpload>[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.actUploads.create(input, files);
  }
}
