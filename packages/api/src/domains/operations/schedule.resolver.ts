import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { ScheduleService } from './schedule.service.js';
import { Schedule, ScheduleInput } from './schedule.types.js';

type GraphQLContext = RequestContext<{ schedules: ScheduleService }>;

/** Repeating jobs (nightly files, pushes, SIRENE): platform administrators only. */
@Resolver()
export class ScheduleResolver {
  @Query(() => [Schedule], {
    description: 'Administrateurs de la plateforme : tâches planifiées, horaires et résultats.',
  })
  schedules(@Ctx() ctx: GraphQLContext) {
    return ctx.services.schedules.list();
  }

  @Mutation(() => Schedule, {
    description: 'Administrateurs de la plateforme : change l’horaire d’une tâche planifiée.',
  })
  updateSchedule(
    @Arg('input', () => ScheduleInput) input: ScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.schedules.update(input);
  }

  @Mutation(() => String, {
    nullable: true,
    description: 'Administrateurs de la plateforme : lance la tâche maintenant ; id de la tâche.',
  })
  runScheduleNow(@Arg('name', () => String) name: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.schedules.runNow(name);
  }
}
