import { Migration } from '@mikro-orm/migrations';

export class Migration20261207165651 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`datagouv_pushes\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`api_url\` varchar(255) not null, \`status\` enum('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED') not null, \`trigger\` varchar(16) not null, \`finished_at\` datetime null, \`error_code\` varchar(64) null, \`error_message\` text null, \`remote_org_id\` varchar(64) null, \`job_id\` varchar(64) null, \`uploaded\` int not null default 0, \`failed\` int not null default 0, \`results\` json not null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`datagouv_pushes\` add index \`datagouv_pushes_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`datagouv_pushes\` add index \`datagouv_pushes_organization_id_created_at_index\`(\`organization_id\`, \`created_at\`);`);

    this.addSql(`create table \`datagouv_settings\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`push_enabled\` tinyint(1) not null default false, \`api_key_sealed\` text null, \`api_key_hint\` varchar(4) null, \`remote_organization\` varchar(100) null, \`remote_org_id\` varchar(64) null, \`remote_org_name\` varchar(255) null, \`remote_org_api_url\` varchar(255) null, \`harvested_kinds\` json not null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`datagouv_settings\` add index \`datagouv_settings_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`datagouv_settings\` add unique \`datagouv_settings_organization_id_unique\`(\`organization_id\`);`);

    this.addSql(`create table \`datagouv_remote_datasets\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`api_url\` varchar(255) not null, \`catalog_id\` varchar(100) not null, \`remote_id\` varchar(64) not null, \`remote_page\` varchar(500) null, \`files\` json not null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`datagouv_remote_datasets\` add index \`datagouv_remote_datasets_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`datagouv_remote_datasets\` add unique \`datagouv_remote_datasets_api_url_catalog_id_unique\`(\`api_url\`, \`catalog_id\`);`);

    this.addSql(`alter table \`datagouv_pushes\` add constraint \`datagouv_pushes_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`datagouv_settings\` add constraint \`datagouv_settings_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`datagouv_remote_datasets\` add constraint \`datagouv_remote_datasets_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`datagouv_pushes\`;`);

    this.addSql(`drop table if exists \`datagouv_settings\`;`);

    this.addSql(`drop table if exists \`datagouv_remote_datasets\`;`);
  }

}
