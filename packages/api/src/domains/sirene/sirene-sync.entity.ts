import { Entity, OneToOne, type Opt } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { SireneSyncStatus } from './sirene.enums.js';

/** The last SIRENE enrichment of an organisation: what INSEE said, or why it failed. */
@Entity({ tableName: 'sirene_syncs' })
@ObjectType('SireneSync', { description: 'Dernier enrichissement Sirene d’une collectivité.' })
export class SireneSync extends BaseEntity {
  @OneToOne(() => Organization, { owner: true, deleteRule: 'cascade', unique: true })
  organization!: Organization;
  @Column.enum(() => SireneSyncStatus, { default: SireneSyncStatus.NEVER })
  status: Opt<SireneSyncStatus> = SireneSyncStatus.NEVER;
  @Column.string(255, { nullable: true, description: 'Dénomination Sirene (diffusible).' })
  legalName?: string | null;
  @Column.string(14, { nullable: true, description: 'SIRET du siège (Sirene).' })
  headOfficeSiret?: string | null;
  @Column.integer({ default: 0, description: 'Établissements diffusibles.' })
  establishments: Opt<number> = 0;
  @Column.integer({ default: 0, description: 'Établissements non diffusibles (jamais montrés).' })
  hiddenEstablishments: Opt<number> = 0;
  @Column.dateTime({ nullable: true, description: 'Dernière interrogation de l’API.' })
  checkedAt?: Date | null;
  @Column.dateTime({ nullable: true, description: 'Dernier enrichissement réussi.' })
  syncedAt?: Date | null;
  @Column.string(64, { nullable: true, description: 'Code de la dernière erreur.' })
  errorCode?: string | null;
  @Column.text({ nullable: true, description: 'Message de la dernière erreur.' })
  errorMessage?: string | null;
}
