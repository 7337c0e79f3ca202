import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { BudgetDirection, BudgetSection, BudgetView } from './budget.enums.js';

@ArgsType()
export class BudgetBreakdownArgs {
  @Field(() => ID) @MaxLength(36) documentId!: string;
  @Field(() => BudgetDirection) direction!: BudgetDirection;
  @Field(() => BudgetView) view!: BudgetView;
  @Field(() => BudgetSection, { nullable: true, description: 'Absent : les deux sections.' })
  @IsOptional()
  section?: BudgetSection | null;
  @Field(() => [String], { nullable: true, description: 'Codes du détail déjà parcouru.' })
  @IsOptional()
  @ArrayMaxSize(12)
  @MaxLength(32, { each: true })
  path?: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Inclure les opérations d’ordre (par défaut : opérations réelles seules).',
  })
  includeOrder?: boolean | null;
}

@ArgsType()
export class BudgetTrendArgs {
  @Field(() => String) @MaxLength(9) siren!: string;
  @Field(() => String) @MaxLength(14) siret!: string;
  @Field(() => BudgetDirection) direction!: BudgetDirection;
  @Field(() => BudgetView) view!: BudgetView;
  @Field(() => String, { nullable: true, description: 'Code dans la vue (absent : total).' })
  @IsOptional()
  @MaxLength(32)
  code?: string | null;
}
