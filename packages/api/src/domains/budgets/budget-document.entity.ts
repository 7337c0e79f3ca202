import { Entity, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Act } from '../acts/act.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { BudgetLine } from './budget-lines.js';
import { BudgetImportStatus, BudgetStage } from './budget.enums.js';

const opt = { nullable: true };

/** The budget read from the TOTEM file of a budget act (one per act), or why it could not be. */
@Entity({ tableName: 'budget_documents' })
@Index({ properties: ['organization', 'year'] })
@ObjectType({ description: 'Un document budgétaire (TOTEM) lu depuis un acte de nature 5.' })
export class BudgetDocument extends BaseEntity {
  @ManyToOne(() => Act, { deleteRule: 'cascade', unique: true }) act!: Rel<Act>;
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Rel<Organization>;
  @Column.string(36, { ...opt, api: false }) sourceDocumentId?: string | null;
  @Column.string(64, { ...opt, api: false }) sourceSha256?: string | null;
  @Column.string(512, { ...opt, description: 'Fichier TOTEM lu.' }) sourceFileName?: string | null;
  @Column.enum(() => BudgetImportStatus) status!: BudgetImportStatus;
  @Column.string(64, { ...opt, description: 'Code stable de l’erreur de lecture.' })
  errorCode?: string | null;
  @Column.text({ ...opt, description: 'Erreur de lecture, en français.' })
  errorMessage?: string | null;
  @Column.integer({ ...opt, description: 'Exercice.' }) year?: number | null;
  @Column.enum(() => BudgetStage, opt) stage?: BudgetStage | null;
  @Column.integer({ ...opt, description: 'Numéro de la décision modificative (DM).' })
  decisionNumber?: number | null;
  @Column.string(10, { ...opt, description: 'Date de la décision (DteDec).' })
  decisionDate?: string | null;
  @Column.string(14, { ...opt, description: 'SIRET de l’établissement (IdEtab).' })
  siret?: string | null;
  @Column.string(255, opt) establishmentName?: string | null;
  @Column.string(255, { ...opt, description: 'Nom de la collectivité (LibelleColl).' })
  collectivityName?: string | null;
  @Column.string(64, { ...opt, description: 'Nomenclature (M14-M14_COM_500_3500…).' })
  nomenclature?: string | null;
  @Column.integer({ ...opt, description: 'Année du plan de comptes utilisé.' })
  planYear?: number | null;
  @Column.boolean({ default: false, description: 'Plan d’une année voisine (année absente).' })
  planFallback: Opt<boolean> = false;
  @Column.dateTime({ ...opt, description: 'Date de scellement.' }) sealedAt?: Date | null;
  @Column.integer({ default: 0 }) lineCount: Opt<number> = 0;
  @Column.integer({ default: 0, description: 'Lignes « calculated » écartées.' })
  calculatedSkipped: Opt<number> = 0;
  @Column.string(16, { ...opt, description: 'Encodage lu (UTF-8 ou ISO-8859-1).' })
  encoding?: string | null;
  @Column.boolean({ default: false, description: 'Caractères U+FFFD : texte abîmé à la source.' })
  mojibake: Opt<boolean> = false;
  @Column.dateTime({ ...opt, description: 'Dernière lecture réussie.' }) importedAt?: Date | null;
  @Field(() => [String], { description: 'Remarques de la lecture, en français.' })
  @Property({ type: 'json' })
  warnings: Opt<string[]> = [];
  @Field(() => Boolean, { description: 'Remplacé par un document plus récent de la même étape.' })
  @Property({ persist: false })
  superseded: Opt<boolean> = false;
  @Property({ type: 'json', lazy: true, hidden: true }) lines: Opt<BudgetLine[]> = [];
}
