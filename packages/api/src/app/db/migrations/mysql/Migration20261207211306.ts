import { Migration } from '@mikro-orm/migrations';

export class Migration20261207211306 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML', 'ACT_FILES') not null;`);

    this.addSql(`alter table \`dataset_generations\` modify \`kind\` enum('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML', 'ACT_FILES') not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML') not null;`);

    this.addSql(`alter table \`dataset_generations\` modify \`kind\` enum('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML') not null;`);
  }

}
