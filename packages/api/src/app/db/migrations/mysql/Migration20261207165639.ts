import { Migration } from '@mikro-orm/migrations';

export class Migration20261207165639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`job_schedules\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` varchar(64) not null, \`cron\` varchar(64) not null, \`enabled\` tinyint(1) not null default true, \`last_run_at\` datetime null, \`last_finished_at\` datetime null, \`last_status\` varchar(16) null, \`last_detail\` text null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`job_schedules\` add unique \`job_schedules_name_unique\`(\`name\`);`);

    this.addSql(`create table \`establishments\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`siret\` varchar(14) not null, \`name\` varchar(255) null, \`diffusible\` tinyint(1) not null default true, \`head_office\` tinyint(1) not null default false, \`active\` tinyint(1) not null default true, \`commune_code\` varchar(5) null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`establishments\` add index \`establishments_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`establishments\` add unique \`establishments_siret_unique\`(\`siret\`);`);

    this.addSql(`create table \`sirene_syncs\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`status\` enum('NEVER', 'OK', 'NOT_FOUND', 'FAILED') not null default 'NEVER', \`legal_name\` varchar(255) null, \`head_office_siret\` varchar(14) null, \`establishments\` int not null default 0, \`hidden_establishments\` int not null default 0, \`checked_at\` datetime null, \`synced_at\` datetime null, \`error_code\` varchar(64) null, \`error_message\` text null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`sirene_syncs\` add unique \`sirene_syncs_organization_id_unique\`(\`organization_id\`);`);

    this.addSql(`alter table \`establishments\` add constraint \`establishments_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`sirene_syncs\` add constraint \`sirene_syncs_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`organizations\` add \`legal_category\` varchar(4) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`job_schedules\`;`);

    this.addSql(`drop table if exists \`establishments\`;`);

    this.addSql(`drop table if exists \`sirene_syncs\`;`);

    this.addSql(`alter table \`organizations\` drop column \`legal_category\`;`);
  }

}
