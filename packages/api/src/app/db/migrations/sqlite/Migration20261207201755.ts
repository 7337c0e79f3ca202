import { Migration } from '@mikro-orm/migrations';

export class Migration20261207201755 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`datasets\` add column \`xlsx_size\` integer null;`);
    this.addSql(`create index \`datasets_scope_kind_index\` on \`datasets\` (\`scope\`, \`kind\`);`);
  }

}
