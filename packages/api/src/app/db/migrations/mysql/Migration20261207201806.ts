import { Migration } from '@mikro-orm/migrations';

export class Migration20261207201806 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`datasets\` add \`xlsx_size\` int null;`);
    this.addSql(`alter table \`datasets\` add index \`datasets_scope_kind_index\`(\`scope\`, \`kind\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`datasets\` drop index \`datasets_scope_kind_index\`;`);
    this.addSql(`alter table \`datasets\` drop column \`xlsx_size\`;`);
  }

}
