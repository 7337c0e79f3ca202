import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { ActsServices } from './acts.services.js';
import { documentUrl } from './act-visibility.js';
import { Document } from './document.entity.js';

type GraphQLContext = RequestContext<ActsServices>;

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'URL publique, ou null si le document n’est pas public.',
  })
  async url(@Root() doc: Document, @Ctx() ctx: GraphQLContext) {
    await ctx.em.populate(doc, ['act.organization']);
    return documentUrl(ctx.config.publicUrl, doc.act, doc);
  }

  @Mutation(() => Document, {
    description:
      'Relance la reconnaissance du texte (OCR) d’un PDF de l’acte ; le texte reconnu remplace le précédent.',
  })
  rerunDocumentOcr(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.documentOcr.rerun(documentId);
  }
}
