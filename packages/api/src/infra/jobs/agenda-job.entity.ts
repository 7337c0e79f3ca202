import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

const ms = () => new BigIntType('number');

/**
 * One Agenda job, stored in the application's SQL database by our own Agenda backend
 * (`sql-backend/`). The backend reads and writes this table with raw SQL (atomic locking);
 * the entity only declares the schema so that migrations cover it.
 * Every instant is an epoch in milliseconds (BIGINT): exact and identical on SQLite and MySQL.
 */
@Entity({ tableName: 'agenda_jobs' })
@Unique({ name: 'agenda_jobs_name_unique_key_unique', properties: ['name', 'uniqueKey'] })
@Index({ name: 'agenda_jobs_name_next_run_at_index', properties: ['name', 'nextRunAt'] })
@Index({ name: 'agenda_jobs_locked_at_index', properties: ['lockedAt'] })
export class AgendaJob {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 255 }) name!: string;
  @Property({ type: 'integer', default: 0 }) priority!: number;
  /** 'normal', or 'single' (one row per name: `agenda.every`). */
  @Property({ type: 'string', length: 10, default: 'normal' }) type!: string;
  @Property({ type: ms(), nullable: true }) nextRunAt?: number | null;
  @Property({ type: ms(), nullable: true }) lockedAt?: number | null;
  @Property({ type: ms(), nullable: true }) lastRunAt?: number | null;
  @Property({ type: ms(), nullable: true }) lastFinishedAt?: number | null;
  @Property({ type: ms(), nullable: true }) failedAt?: number | null;
  @Property({ type: 'integer', nullable: true }) failCount?: number | null;
  @Property({ type: 'text', nullable: true }) failReason?: string | null;
  /** JSON: a number of milliseconds, a human interval or a cron expression. */
  @Property({ type: 'string', length: 255, nullable: true }) repeatInterval?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) repeatTimezone?: string | null;
  @Property({ type: 'string', length: 255, nullable: true }) repeatAt?: string | null;
  /** JSON payload (see job-contract.ts). */
  @Property({ type: 'text', nullable: true }) data?: string | null;
  @Property({ type: 'boolean', default: false }) disabled!: boolean;
  @Property({ type: 'double', nullable: true }) progress?: number | null;
  /** 'single' for single jobs, else SHA-256 of the canonical `unique` query; null otherwise. */
  @Property({ type: 'string', length: 64, nullable: true }) uniqueKey?: string | null;
  @Property({ type: ms(), nullable: true }) debounceStartedAt?: number | null;
  @Property({ type: 'string', length: 255, nullable: true }) lastModifiedBy?: string | null;
  @Property({ type: 'boolean', nullable: true }) fork?: boolean | null;
  @Property({ type: ms(), nullable: true }) startDate?: number | null;
  @Property({ type: ms(), nullable: true }) endDate?: number | null;
  /** JSON array of week days (0 = Sunday). */
  @Property({ type: 'string', length: 32, nullable: true }) skipDays?: string | null;
}
