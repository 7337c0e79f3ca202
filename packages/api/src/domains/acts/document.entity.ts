import { Entity, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { DocumentTextSource, OcrStatus } from './act.enums.js';
import type { Act } from './act.entity.js';

@Entity({ tableName: 'documents' })
@ObjectType({ description: 'Un fichier d’un acte : document principal ou annexe.' })
export class Document extends BaseEntity {
  @ManyToOne('Act', { deleteRule: 'cascade' }) act!: Rel<Act>;

  @Field(() => String, { description: 'Nom de fichier d’origine (UTF-8, inchangé).' })
  @Property({ type: 'string', length: 512 })
  fileName!: string;
  @Field(() => String) @Property({ type: 'string', length: 128 }) mediaType!: string;
  @Field(() => Int) @Property({ type: 'integer' }) size!: number;
  @Field(() => String) @Property({ type: 'string', length: 64 }) sha256!: string;
  @Property({ type: 'string', length: 128, hidden: true }) storageKey!: string;
  @Field(() => Boolean) @Property({ type: 'boolean', default: false }) annex: Opt<boolean> = false;
  @Field(() => Boolean, { description: 'Annexe retenue : jamais publiée.' })
  @Property({ type: 'boolean', default: false })
  withheld: Opt<boolean> = false;
  @Property({ type: 'integer', default: 0 }) position: Opt<number> = 0;
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true }) extractedText?:
    string | null;
  @Column.enum(() => DocumentTextSource, {
    nullable: true,
    description: 'Origine du texte indexé (null : pas encore lu).',
  })
  textSource?: DocumentTextSource | null;
  @Column.enum(() => OcrStatus, { nullable: true, description: 'null : OCR inutile.' })
  ocrStatus?: OcrStatus | null;
  @Column.float({ nullable: true, description: 'Confiance moyenne de l’OCR, de 0 à 100.' })
  ocrConfidence?: number | null;
  @Column.string(300, { nullable: true, description: 'Raison de l’échec de l’OCR.' })
  ocrError?: string | null;
}
