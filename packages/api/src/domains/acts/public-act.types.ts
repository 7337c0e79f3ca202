import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../core/page.type.js';
import { PublicOrganization } from '../../identity/tenants/public-organization.type.js';
import { ActNature } from './act.enums.js';

@ObjectType({ description: 'Fichier public d’un acte publié.' })
export class PublicDocument {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String, { description: 'Empreinte SHA-256 (authenticité).' }) sha256!: string;
  @Field(() => Boolean) annex!: boolean;
  @Field(() => String, { description: 'URL publique stable.' }) url!: string;
}

@ObjectType({ description: 'Acte publié, tel que le public le voit.' })
export class PublicAct {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { description: 'Date de l’acte (AAAA-MM-JJ).' }) date!: string;
  @Field(() => String) subject!: string;
  @Field(() => ActNature) nature!: ActNature;
  @Field(() => String) natureLabel!: string;
  @Field(() => String, { nullable: true }) classificationCode!: string | null;
  @Field(() => String, { nullable: true }) classificationLabel!: string | null;
  @Field(() => Date, { description: 'Date de publication.' }) publishedAt!: Date;
  @Field(() => PublicOrganization) organization!: PublicOrganization;
  @Field(() => [PublicDocument]) documents!: PublicDocument[];
}

@ObjectType()
export class ActHighlights {
  @Field(() => String, {
    nullable: true,
    description: 'Objet, termes trouvés entre <mark> (HTML échappé).',
  })
  subject!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Extrait du texte des PDF (HTML échappé, <mark>).',
  })
  text!: string | null;
}

@ObjectType()
export class ActSearchEdge {
  @Field(() => String) cursor!: string;
  @Field(() => PublicAct) node!: PublicAct;
  @Field(() => ActHighlights) highlights!: ActHighlights;
}

@ObjectType()
export class FacetCount {
  @Field(() => String) value!: string;
  @Field(() => String, { description: 'Libellé en français.' }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ActSearchFacets {
  @Field(() => [FacetCount]) natures!: FacetCount[];
  @Field(() => [FacetCount]) years!: FacetCount[];
  @Field(() => [FacetCount], { description: 'Niveau 1 de la classification ACTES.' })
  classifications!: FacetCount[];
}

@ObjectType()
export class ActSearchConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [PublicAct]) nodes!: PublicAct[];
  @Field(() => [ActSearchEdge]) edges!: ActSearchEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => ActSearchFacets) facets!: ActSearchFacets;
}
