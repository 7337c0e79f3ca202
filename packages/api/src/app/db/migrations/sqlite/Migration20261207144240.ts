import { Migration } from '@mikro-orm/migrations';

/** Datasets of every kind: deliberations, budgets, DECP JSON and XML (the union of two branches). */
export class Migration20261207144240 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`datasets__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML')) not null, \`scope\` text not null, \`year\` integer not null, \`status\` text check (\`status\` in ('VALID', 'INVALID', 'MISSING_SIRET')) not null, \`valid\` integer not null default false, \`row_count\` integer not null default 0, \`generated_at\` datetime null, \`published_file_at\` datetime null, \`sha256\` text null, \`size\` integer not null default 0, \`error_count\` integer not null default 0, \`errors\` json not null, \`notes\` json not null, primary key (\`id\`));`);
    this.addSql(`insert into \`datasets__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`kind\`, \`scope\`, \`year\`, \`status\`, \`valid\`, \`row_count\`, \`generated_at\`, \`published_file_at\`, \`sha256\`, \`size\`, \`error_count\`, \`errors\`, \`notes\` from \`datasets\`;`);
    this.addSql(`drop table \`datasets\`;`);
    this.addSql(`alter table \`datasets__temp_alter\` rename to \`datasets\`;`);
    this.addSql(`create unique index \`datasets_kind_scope_year_unique\` on \`datasets\` (\`kind\`, \`scope\`, \`year\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
