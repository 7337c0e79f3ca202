import { Entity, Index, ManyToOne, type Opt, Property, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Act } from '../acts/act.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { DecpHolder, DecpModification, DecpRecord } from './decp-record.js';
import { ContractKind, ContractOrigin } from './procurement.enums.js';

/** A marché or contrat de concession of a buyer, as last published (DECP 2.0). */
@Entity({ tableName: 'contracts' })
@Unique({ properties: ['buyerSiret', 'decpId'] })
@Index({ properties: ['organization', 'year'] })
@ObjectType({ description: 'Un marché public ou un contrat de concession (DECP 2.0).' })
export class Contract extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Organization;
  @Column.string(16, { description: 'Identifiant du contrat dans les DECP (champ « id »).' })
  decpId!: string;
  @Column.string(14, { description: 'SIRET de l’acheteur ou de l’autorité concédante.' })
  buyerSiret!: string;
  @Column.enum(() => ContractKind) kind!: ContractKind;
  @Column.string(64) nature!: string;
  @Column.text({ description: 'Objet.' }) subject!: string;
  @Column.string(100) procedure!: string;
  @Column.string(10, { nullable: true, description: 'Code CPV (marchés).' }) cpv?: string | null;
  @Column.float({
    description: 'Montant HT (valeur globale d’une concession), après modifications.',
  })
  amount!: number;
  @Column.float({ description: 'Montant HT initial.' }) initialAmount!: number;
  @Column.string(10, { description: 'Date de notification (signature d’une concession).' })
  notifiedOn!: string;
  @Column.string(10, { description: 'Date de première publication des données.' })
  publishedOn!: string;
  @Column.integer({ description: 'Année de notification.' }) year!: number;
  @Column.integer({ description: 'Durée en mois, après modifications.' }) durationMonths!: number;
  @Column.integer() initialDurationMonths!: number;
  @Property({ type: 'json' }) holders: Opt<DecpHolder[]> = [];
  @Property({ type: 'json' }) modifications: Opt<DecpModification[]> = [];
  /** The DECP 2.0 record as published (what the files carry). */
  @Property({ type: 'json' }) record!: DecpRecord;
  @Column.string(64, { api: false }) sha256!: string;
  /** Lower-case, accent-free subject, id and holders (text filter). */
  @Column.text({ api: false }) searchText!: string;
  @ManyToOne(() => Act, { nullable: true, deleteRule: 'set null' }) act?: Act | null;
  @Column.boolean({ default: false, description: 'Lien à la délibération posé à la main.' })
  actLinkManual: Opt<boolean> = false;
  @Column.enum(() => ContractOrigin) origin!: ContractOrigin;
}
