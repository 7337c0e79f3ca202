import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import {
  AcceptedInvitation,
  AcceptInvitationInput,
  InvitationPreview,
  InviteMemberInput,
  InviteMemberResult,
} from './accounts.inputs.js';
import { Invitation } from './invitation.entity.js';
import type { InvitationService } from './invitation.service.js';

type GraphQLContext = RequestContext<{ invitations: InvitationService }>;

/** Members invited by email; every rule lives in `InvitationService`. */
@Resolver()
export class InvitationResolver {
  @Mutation(() => InviteMemberResult, {
    description:
      'Ajoute un membre par son adresse e-mail : tout de suite s’il est déjà membre d’une de vos collectivités, sinon par une invitation qu’il accepte (la réponse ne dit pas si l’adresse a un compte).',
  })
  inviteMember(
    @Arg('input', () => InviteMemberInput) input: InviteMemberInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.invitations.invite(input);
  }

  @Query(() => [Invitation], { description: 'Invitations en attente d’une collectivité.' })
  invitations(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.invitations.list(siren);
  }

  @Mutation(() => Boolean, { description: 'Annule une invitation (son lien ne vaut plus rien).' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.invitations.revoke(id);
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'Public : ce que propose un lien d’invitation (null s’il ne vaut plus).',
  })
  invitation(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.invitations.preview(token);
  }

  @Mutation(() => AcceptedInvitation, {
    description: 'Public : accepte une invitation reçue par e-mail (lien à usage unique).',
  })
  acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.invitations.accept(input, ctx.ip);
  }
}
