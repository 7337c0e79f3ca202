import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { documentUrl } from './act-visibility.js';
import { Document } from './document.entity.js';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, { nullable: true, description: 'URL publique, ou null si le document n’est pas public.' })
  async url(@Root() doc: Document, @Ctx() ctx: GraphQLContext) {
    await ctx.em.populate(doc, ['act.organization']);
    return documentUrl(ctx.components.config.publicUrl, doc.act, doc);
  }
}
