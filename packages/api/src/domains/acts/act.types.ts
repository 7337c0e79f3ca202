import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/page.type.js';
import { Act } from './act.entity.js';

export const ActConnection = ConnectionType(Act, 'Act');

@ObjectType()
export class ActActionFailure {
  @Field(() => String) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'Raison, en français.' }) message!: string;
}

@ObjectType({ description: 'Résultat d’une action sur un ou plusieurs actes.' })
export class ActActionResult {
  @Field(() => [Act], { description: 'Actes modifiés.' }) updated!: Act[];
  @Field(() => [ActActionFailure], { description: 'Actes refusés, avec la raison.' })
  failed!: ActActionFailure[];
  @Field(() => String, {
    nullable: true,
    description: 'Tâche qui propage le changement (recherche, fichiers) ; suivre avec jobProgress.',
  })
  jobId!: string | null;
}
