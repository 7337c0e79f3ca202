import { Migration } from '@mikro-orm/migrations';

export class Migration20261207134851 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`contract_sources\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`url\` text not null, \`active\` integer not null default true, \`etag\` text null, \`last_modified\` text null, \`last_fetch_at\` datetime null, \`last_status\` text check (\`last_status\` in ('NEVER', 'IMPORTED', 'NOT_MODIFIED', 'FAILED')) not null default 'NEVER', \`last_error\` text null, \`last_import_id\` text null, constraint \`contract_sources_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`contract_sources_organization_id_index\` on \`contract_sources\` (\`organization_id\`);`);

    this.addSql(`create table \`contract_imports\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text null, \`origin\` text check (\`origin\` in ('UPLOAD', 'FOLDER', 'SOURCE')) not null, \`file_name\` text not null, \`format\` text null, \`status\` text check (\`status\` in ('SUCCESS', 'PARTIAL', 'FAILED')) not null, \`total\` integer not null default 0, \`created\` integer not null default 0, \`updated\` integer not null default 0, \`unchanged\` integer not null default 0, \`refused\` integer not null default 0, \`error_code\` text null, \`message\` text null, \`errors\` json not null, \`warnings\` json not null, \`sha256\` text null, \`size\` integer not null default 0, \`source_id\` text null, constraint \`contract_imports_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`contract_imports_organization_id_index\` on \`contract_imports\` (\`organization_id\`);`);
    this.addSql(`create index \`contract_imports_organization_id_created_at_index\` on \`contract_imports\` (\`organization_id\`, \`created_at\`);`);

    this.addSql(`create table \`contracts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`decp_id\` text not null, \`buyer_siret\` text not null, \`kind\` text check (\`kind\` in ('MARCHE', 'CONCESSION')) not null, \`nature\` text not null, \`subject\` text not null, \`procedure\` text not null, \`cpv\` text null, \`amount\` double not null, \`initial_amount\` double not null, \`notified_on\` text not null, \`published_on\` text not null, \`year\` integer not null, \`duration_months\` integer not null, \`initial_duration_months\` integer not null, \`holders\` json not null, \`modifications\` json not null, \`record\` json not null, \`sha256\` text not null, \`search_text\` text not null, \`act_id\` text null, \`act_link_manual\` integer not null default false, \`origin\` text check (\`origin\` in ('FILE', 'SOURCE', 'MANUAL')) not null, constraint \`contracts_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`contracts_act_id_foreign\` foreign key(\`act_id\`) references \`acts\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`contracts_organization_id_index\` on \`contracts\` (\`organization_id\`);`);
    this.addSql(`create index \`contracts_act_id_index\` on \`contracts\` (\`act_id\`);`);
    this.addSql(`create index \`contracts_organization_id_year_index\` on \`contracts\` (\`organization_id\`, \`year\`);`);
    this.addSql(`create unique index \`contracts_buyer_siret_decp_id_unique\` on \`contracts\` (\`buyer_siret\`, \`decp_id\`);`);

    this.addSql(`create table \`contract_versions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`contract_id\` text not null, \`record\` json not null, \`sha256\` text not null, \`modification_count\` integer not null, \`amount\` double not null, \`origin\` text check (\`origin\` in ('FILE', 'SOURCE', 'MANUAL')) not null, \`import_id\` text null, constraint \`contract_versions_contract_id_foreign\` foreign key(\`contract_id\`) references \`contracts\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`contract_versions_contract_id_index\` on \`contract_versions\` (\`contract_id\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`datasets__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('DELIBERATIONS', 'DECP_JSON', 'DECP_XML')) not null, \`scope\` text not null, \`year\` integer not null, \`status\` text check (\`status\` in ('VALID', 'INVALID', 'MISSING_SIRET')) not null, \`valid\` integer not null default false, \`row_count\` integer not null default 0, \`generated_at\` datetime null, \`published_file_at\` datetime null, \`sha256\` text null, \`size\` integer not null default 0, \`error_count\` integer not null default 0, \`errors\` json not null, \`notes\` json not null, primary key (\`id\`));`);
    this.addSql(`insert into \`datasets__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`kind\`, \`scope\`, \`year\`, \`status\`, \`valid\`, \`row_count\`, \`generated_at\`, \`published_file_at\`, \`sha256\`, \`size\`, \`error_count\`, \`errors\`, \`notes\` from \`datasets\`;`);
    this.addSql(`drop table \`datasets\`;`);
    this.addSql(`alter table \`datasets__temp_alter\` rename to \`datasets\`;`);
    this.addSql(`create unique index \`datasets_kind_scope_year_unique\` on \`datasets\` (\`kind\`, \`scope\`, \`year\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
