import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Une erreur du rapport de validation.' })
export class DatasetError {
  @Field(() => Int, { nullable: true, description: 'Ligne du fichier (1 = en-tête).' }) row!:
    number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String, {
    description: 'Règle (type-error, required, pattern, french-siret-value…).',
  })
  rule!: string;
  @Field(() => String, { description: 'Message, en français.' }) message!: string;
}
