import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BudgetStage } from './budget.enums.js';

@ObjectType({ description: 'Une ligne d’une ventilation budgétaire.' })
export class BudgetBreakdownItem {
  @Field(() => String, { description: 'Code (chapitre, compte ou fonction ; NV : non ventilé).' })
  code!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'Montant, décimal exact au centime (« 1234.56 »).' })
  amount!: string;
  @Field(() => Float, { description: 'Part du total (0 à 1).' }) share!: number;
  @Field(() => Boolean, { description: 'Détail disponible au niveau suivant.' })
  hasChildren!: boolean;
}

@ObjectType({ description: 'Ventilation d’un document budgétaire à un niveau du détail.' })
export class BudgetBreakdown {
  @Field(() => String, { description: 'Total du niveau : somme exacte des lignes.' })
  total!: string;
  @Field(() => [BudgetBreakdownItem]) items!: BudgetBreakdownItem[];
}

@ObjectType({ description: 'Un point d’évolution : une année et une étape (dernier document).' })
export class BudgetTrendPoint {
  @Field(() => Int) year!: number;
  @Field(() => BudgetStage) stage!: BudgetStage;
  @Field(() => Int, { nullable: true }) decisionNumber!: number | null;
  @Field(() => ID) documentId!: string;
  @Field(() => String, { description: 'Montant, décimal exact.' }) amount!: string;
}

@ObjectType({ description: 'L’acte d’un document budgétaire.' })
export class BudgetActRef {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { description: 'Date de l’acte (AAAA-MM-JJ).' }) date!: string;
  @Field(() => String) subject!: string;
}
