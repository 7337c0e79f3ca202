import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import { ResetPasswordInput } from './accounts.inputs.js';
import type { PasswordResetService } from './password-reset.service.js';

type GraphQLContext = RequestContext<{ passwordReset: PasswordResetService }>;

/** « Mot de passe oublié » (public); every rule lives in `PasswordResetService`. */
@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      'Public : envoie un lien pour choisir un nouveau mot de passe si l’adresse a un compte actif. Répond toujours vrai, tout de suite : la réponse ne dit pas si l’adresse a un compte.',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.passwordReset.request(email, ctx.ip);
  }

  @Mutation(() => Boolean, {
    description:
      'Public : choisit un nouveau mot de passe avec le lien reçu (usage unique) ; ferme toutes les sessions du compte.',
  })
  resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.passwordReset.reset(input.token, input.password, ctx.ip);
  }
}
