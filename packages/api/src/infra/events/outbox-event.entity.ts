import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One live event written by a process for the other processes' relays (see event-bus.ts).
 * Rows are read by increasing `id` and purged after a retention period.
 */
@Entity({ tableName: 'outbox_events' })
export class OutboxEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 64 })
  topic!: string;

  /** The payload as JSON text. */
  @Property({ type: 'text' })
  payload!: string;

  /** The EventBus instance that wrote the row; its own relay skips it. */
  @Property({ type: 'string', length: 36 })
  origin!: string;

  @Index({ name: 'outbox_events_created_at_index' })
  @Property({ type: DateTimeType })
  createdAt: Opt<Date> = new Date();
}
