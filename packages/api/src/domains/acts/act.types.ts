import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo, type Connection } from '../../core/page.type.js';
import { Act } from './act.entity.js';
import type { ActNode } from './act-list-sql.js';

@ObjectType({ description: 'Où le texte cherché apparaît dans un acte (HTML : <mark>…</mark>).' })
export class ActSearchHighlight {
  @Field(() => ID) actId!: string;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true, description: 'Extrait du texte des documents.' })
  text!: string | null;
}

@ObjectType('ActEdge')
class ActEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Act) node!: Act;
}

@ObjectType('ActConnection')
export class ActConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [Act]) nodes!: Act[];
  @Field(() => [ActEdge]) edges!: ActEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => [ActSearchHighlight], {
    description: 'Avec un texte cherché : les extraits de chaque acte de la page, dans l’ordre.',
  })
  highlights!: ActSearchHighlight[];
}

/** A page of acts, with the highlighted extracts of a text search (empty without one). */
export type ActPage = Connection<ActNode> & { highlights: ActSearchHighlight[] };

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
