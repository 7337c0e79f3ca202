import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { WidgetsServices } from './widgets.services.js';
import { WidgetSettings } from './widget-settings.entity.js';
import { UpdateWidgetSettingsInput } from './widget-settings.inputs.js';
import { PublicWidgetSettings } from './widget-settings.types.js';

type GraphQLContext = RequestContext<WidgetsServices>;

@Resolver(() => WidgetSettings)
export class WidgetSettingsResolver {
  @Query(() => WidgetSettings, {
    description:
      'Réglages du widget des actes d’une collectivité (valeurs par défaut si jamais modifiés).',
  })
  widgetSettings(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.widgetSettings.get(siren);
  }

  @Mutation(() => WidgetSettings, {
    description:
      'Modifie le widget des actes (administrateurs de la collectivité) ; refuse un contraste inférieur à 4,5:1.',
  })
  updateWidgetSettings(
    @Arg('input', () => UpdateWidgetSettingsInput) input: UpdateWidgetSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.widgetSettings.update(input);
  }

  @Query(() => PublicWidgetSettings, {
    nullable: true,
    description:
      'Public : réglages du widget des actes, si l’open data de la collectivité est actif.',
  })
  publicWidgetSettings(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.widgetSettings.findPublic(siren);
  }

  @FieldResolver(() => String, { description: 'SIREN de la collectivité.' })
  siren(@Root() s: WidgetSettings) {
    return s.organization.siren;
  }

  @FieldResolver(() => String, {
    description: 'Titre affiché (par défaut « Actes publiés de <collectivité> »).',
  })
  title(@Root() s: WidgetSettings, @Ctx() ctx: GraphQLContext) {
    return ctx.services.widgetSettings.titleOf(s);
  }
}
