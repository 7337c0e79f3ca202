import { Migration } from '@mikro-orm/migrations';

export class Migration20261207211333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`datasets__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML', 'ACT_FILES')) not null, \`scope\` text not null, \`year\` integer not null, \`status\` text check (\`status\` in ('VALID', 'INVALID', 'MISSING_SIRET')) not null, \`valid\` integer not null default false, \`row_count\` integer not null default 0, \`generated_at\` datetime null, \`published_file_at\` datetime null, \`sha256\` text null, \`size\` integer not null default 0, \`error_count\` integer not null default 0, \`errors\` json not null, \`notes\` json not null, \`xlsx_size\` integer null, primary key (\`id\`));`);
    this.addSql(`insert into \`datasets__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`kind\`, \`scope\`, \`year\`, \`status\`, \`valid\`, \`row_count\`, \`generated_at\`, \`published_file_at\`, \`sha256\`, \`size\`, \`error_count\`, \`errors\`, \`notes\`, \`xlsx_size\` from \`datasets\`;`);
    this.addSql(`drop table \`datasets\`;`);
    this.addSql(`alter table \`datasets__temp_alter\` rename to \`datasets\`;`);
    this.addSql(`create index \`datasets_scope_kind_index\` on \`datasets\` (\`scope\`, \`kind\`);`);
    this.addSql(`create unique index \`datasets_kind_scope_year_unique\` on \`datasets\` (\`kind\`, \`scope\`, \`year\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`dataset_generations__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML', 'ACT_FILES')) not null, \`scope\` text not null, \`year\` integer not null, \`generated_at\` datetime not null, \`reason\` text not null, \`row_count\` integer not null, \`sha256\` text null, \`size\` integer not null default 0, \`valid\` integer not null, \`published\` integer not null, \`error_count\` integer not null default 0, \`status\` text null, primary key (\`id\`));`);
    this.addSql(`insert into \`dataset_generations__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`kind\`, \`scope\`, \`year\`, \`generated_at\`, \`reason\`, \`row_count\`, \`sha256\`, \`size\`, \`valid\`, \`published\`, \`error_count\`, \`status\` from \`dataset_generations\`;`);
    this.addSql(`drop table \`dataset_generations\`;`);
    this.addSql(`alter table \`dataset_generations__temp_alter\` rename to \`dataset_generations\`;`);
    this.addSql(`create index \`dataset_generations_scope_kind_year_index\` on \`dataset_generations\` (\`scope\`, \`kind\`, \`year\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
