import { Migration } from '@mikro-orm/migrations';

export class Migration20261207164800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dataset_generations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML')) not null, \`scope\` text not null, \`year\` integer not null, \`generated_at\` datetime not null, \`reason\` text not null, \`row_count\` integer not null, \`sha256\` text null, \`size\` integer not null default 0, \`valid\` integer not null, \`published\` integer not null, \`error_count\` integer not null default 0, \`status\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`dataset_generations_scope_kind_year_index\` on \`dataset_generations\` (\`scope\`, \`kind\`, \`year\`);`);
    this.addSql(`create table \`catalog_metadata\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`kind\` text not null, \`title\` text null, \`description\` text null, \`license\` text null, \`frequency\` text null, \`keywords\` json null, \`updated_by\` text null, \`edited\` integer not null default false, constraint \`catalog_metadata_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_metadata_organization_id_index\` on \`catalog_metadata\` (\`organization_id\`);`);
    this.addSql(`create unique index \`catalog_metadata_organization_id_kind_unique\` on \`catalog_metadata\` (\`organization_id\`, \`kind\`);`);
    this.addSql(`alter table \`organizations\` add column \`insee_code\` text null;`);
  }

}
