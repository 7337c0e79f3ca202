import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection, Knex } from '@mikro-orm/knex';
import type { AgendaBackend, JobRepository } from 'agenda';
import { SqlJobRepository } from './sql-job-repository.js';

/**
 * Agenda backend storing jobs in the application's own SQL database (table `agenda_jobs`,
 * entity AgendaJob), through the MikroORM connection: no extra server. Polling only (no
 * notification channel). The ORM belongs to the application, so the backend never closes it.
 */
export class SqlBackend implements AgendaBackend {
  readonly name: string;
  readonly repository: JobRepository;
  readonly ownsConnection = false;

  constructor(orm: MikroORM) {
    const knex = (): Knex => (orm.em.getConnection() as unknown as AbstractSqlConnection).getKnex();
    this.name = `SQL (${orm.config.get('driver')?.name ?? 'knex'})`;
    this.repository = new SqlJobRepository(knex);
  }

  async connect(): Promise<void> {
    await this.repository.connect();
  }

  async disconnect(): Promise<void> {
    // The MikroORM connection is closed by the application (orm.close()).
  }
}
