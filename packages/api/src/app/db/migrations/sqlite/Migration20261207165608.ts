import { Migration } from '@mikro-orm/migrations';

export class Migration20261207165608 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`datagouv_pushes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`api_url\` text not null, \`status\` text check (\`status\` in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')) not null, \`trigger\` text not null, \`finished_at\` datetime null, \`error_code\` text null, \`error_message\` text null, \`remote_org_id\` text null, \`job_id\` text null, \`uploaded\` integer not null default 0, \`failed\` integer not null default 0, \`results\` json not null, constraint \`datagouv_pushes_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`datagouv_pushes_organization_id_index\` on \`datagouv_pushes\` (\`organization_id\`);`);
    this.addSql(`create index \`datagouv_pushes_organization_id_created_at_index\` on \`datagouv_pushes\` (\`organization_id\`, \`created_at\`);`);

    this.addSql(`create table \`datagouv_settings\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`push_enabled\` integer not null default false, \`api_key_sealed\` text null, \`api_key_hint\` text null, \`remote_organization\` text null, \`remote_org_id\` text null, \`remote_org_name\` text null, \`remote_org_api_url\` text null, \`harvested_kinds\` json not null, constraint \`datagouv_settings_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`datagouv_settings_organization_id_index\` on \`datagouv_settings\` (\`organization_id\`);`);
    this.addSql(`create unique index \`datagouv_settings_organization_id_unique\` on \`datagouv_settings\` (\`organization_id\`);`);

    this.addSql(`create table \`datagouv_remote_datasets\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`api_url\` text not null, \`catalog_id\` text not null, \`remote_id\` text not null, \`remote_page\` text null, \`files\` json not null, constraint \`datagouv_remote_datasets_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`datagouv_remote_datasets_organization_id_index\` on \`datagouv_remote_datasets\` (\`organization_id\`);`);
    this.addSql(`create unique index \`datagouv_remote_datasets_api_url_catalog_id_unique\` on \`datagouv_remote_datasets\` (\`api_url\`, \`catalog_id\`);`);
  }

}
