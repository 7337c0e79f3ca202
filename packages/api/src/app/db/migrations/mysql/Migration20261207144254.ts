import { Migration } from '@mikro-orm/migrations';

/** Datasets of every kind: deliberations, budgets, DECP JSON and XML (the union of two branches). */
export class Migration20261207144254 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML') not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS', 'BUDGETS') not null;`);
  }

}
