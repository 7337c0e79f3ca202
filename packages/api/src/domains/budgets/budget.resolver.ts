import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import { budgetStageLabel } from '../../shared/budget.js';
import { Act } from '../acts/act.entity.js';
import { BudgetDocument } from './budget-document.entity.js';
import { BudgetBreakdownArgs, BudgetTrendArgs } from './budget.inputs.js';
import { BudgetActRef, BudgetBreakdown, BudgetTrendPoint } from './budget.types.js';
import type { BudgetsServices } from './budgets.services.js';

type GraphQLContext = RequestContext<BudgetsServices>;

@Resolver(() => BudgetDocument)
export class BudgetResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Libellé de l’établissement : celui du fichier, sinon sa dénomination Sirene.',
  })
  establishmentName(@Root() doc: BudgetDocument, @Ctx() ctx: GraphQLContext) {
    return ctx.services.budgets.establishmentName(doc);
  }

  @Query(() => [BudgetDocument], {
    description:
      'Documents budgétaires publiés d’une collectivité dont l’open data est activé (les remplacés restent listés, superseded).',
  })
  budgetDocuments(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.budgets.publicDocuments(siren);
  }

  @Query(() => BudgetBreakdown, {
    description:
      'Ventilation d’un document à un niveau du détail (montants exacts ; la somme des postes égale le total).',
  })
  budgetBreakdown(
    @Args(() => BudgetBreakdownArgs) args: BudgetBreakdownArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.budgets.breakdown(args);
  }

  @Query(() => [BudgetTrendPoint], {
    description: 'Évolution pluriannuelle : un point par année et étape (dernier document).',
  })
  budgetTrend(@Args(() => BudgetTrendArgs) args: BudgetTrendArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.budgets.trend(args);
  }

  @Query(() => [BudgetDocument], {
    description:
      'Agents : tous les documents budgétaires de la collectivité, quel que soit leur état, avec le rapport de lecture.',
  })
  staffBudgetDocuments(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.budgets.staffDocuments(siren);
  }

  @Mutation(() => ID, {
    nullable: true,
    description:
      'Relit le fichier TOTEM d’un document ; renvoie la tâche (suivre avec jobProgress).',
  })
  reimportBudgetDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.budgetImport.reimport(id);
  }

  /** Computed for the documents a list read (never stored): false for any other. */
  @FieldResolver(() => Boolean)
  superseded(@Root() d: BudgetDocument): boolean {
    return d.superseded === true;
  }

  @FieldResolver(() => BudgetActRef)
  act(@Root() d: BudgetDocument): BudgetActRef {
    const { id, number, date, subject } = d.act;
    return { id, number, date, subject };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'CSV SCDL Budget de ce document (null tant qu’il n’est pas public).',
  })
  csvUrl(@Root() d: BudgetDocument, @Ctx() ctx: GraphQLContext) {
    return ctx.services.budgets.csvUrl(d);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Étape en français (« Décision modificative n° 2 »).',
  })
  stageLabel(@Root() d: BudgetDocument) {
    return d.stage ? budgetStageLabel(d.stage, d.decisionNumber) : null;
  }
}

@Resolver(() => Act)
export class ActBudgetResolver {
  @FieldResolver(() => BudgetDocument, {
    nullable: true,
    description: 'Document budgétaire lu depuis le fichier TOTEM (actes de nature 5).',
  })
  budgetDocument(@Root() act: { id: string }, @Ctx() ctx: GraphQLContext) {
    return ctx.services.budgets.ofAct(act);
  }
}
