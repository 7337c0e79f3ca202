import { Migration } from '@mikro-orm/migrations';

export class Migration20261207135448 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`budget_documents\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`act_id\` text not null, \`organization_id\` text not null, \`source_document_id\` text null, \`source_sha256\` text null, \`source_file_name\` text null, \`status\` text check (\`status\` in ('PENDING', 'IMPORTED', 'FAILED')) not null, \`error_code\` text null, \`error_message\` text null, \`year\` integer null, \`stage\` text check (\`stage\` in ('BP', 'BS', 'DM', 'CA', 'CFU')) null, \`decision_number\` integer null, \`decision_date\` text null, \`siret\` text null, \`establishment_name\` text null, \`collectivity_name\` text null, \`nomenclature\` text null, \`plan_year\` integer null, \`plan_fallback\` integer not null default false, \`sealed_at\` datetime null, \`line_count\` integer not null default 0, \`calculated_skipped\` integer not null default 0, \`encoding\` text null, \`mojibake\` integer not null default false, \`imported_at\` datetime null, \`warnings\` json not null, \`lines\` json not null, constraint \`budget_documents_act_id_foreign\` foreign key(\`act_id\`) references \`acts\`(\`id\`) on delete cascade on update cascade, constraint \`budget_documents_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`budget_documents_act_id_index\` on \`budget_documents\` (\`act_id\`);`);
    this.addSql(`create unique index \`budget_documents_act_id_unique\` on \`budget_documents\` (\`act_id\`);`);
    this.addSql(`create index \`budget_documents_organization_id_index\` on \`budget_documents\` (\`organization_id\`);`);
    this.addSql(`create index \`budget_documents_organization_id_year_index\` on \`budget_documents\` (\`organization_id\`, \`year\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`datasets__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('DELIBERATIONS', 'BUDGETS')) not null, \`scope\` text not null, \`year\` integer not null, \`status\` text check (\`status\` in ('VALID', 'INVALID', 'MISSING_SIRET')) not null, \`valid\` integer not null default false, \`row_count\` integer not null default 0, \`generated_at\` datetime null, \`published_file_at\` datetime null, \`sha256\` text null, \`size\` integer not null default 0, \`error_count\` integer not null default 0, \`errors\` json not null, \`notes\` json not null, primary key (\`id\`));`);
    this.addSql(`insert into \`datasets__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`kind\`, \`scope\`, \`year\`, \`status\`, \`valid\`, \`row_count\`, \`generated_at\`, \`published_file_at\`, \`sha256\`, \`size\`, \`error_count\`, \`errors\`, \`notes\` from \`datasets\`;`);
    this.addSql(`drop table \`datasets\`;`);
    this.addSql(`alter table \`datasets__temp_alter\` rename to \`datasets\`;`);
    this.addSql(`create unique index \`datasets_kind_scope_year_unique\` on \`datasets\` (\`kind\`, \`scope\`, \`year\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
