import { Migration } from '@mikro-orm/migrations';

export class Migration20261207165628 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`job_schedules\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`cron\` text not null, \`enabled\` integer not null default true, \`last_run_at\` datetime null, \`last_finished_at\` datetime null, \`last_status\` text null, \`last_detail\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`job_schedules_name_unique\` on \`job_schedules\` (\`name\`);`);

    this.addSql(`create table \`establishments\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`siret\` text not null, \`name\` text null, \`diffusible\` integer not null default true, \`head_office\` integer not null default false, \`active\` integer not null default true, \`commune_code\` text null, constraint \`establishments_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`establishments_organization_id_index\` on \`establishments\` (\`organization_id\`);`);
    this.addSql(`create unique index \`establishments_siret_unique\` on \`establishments\` (\`siret\`);`);

    this.addSql(`create table \`sirene_syncs\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`status\` text check (\`status\` in ('NEVER', 'OK', 'NOT_FOUND', 'FAILED')) not null default 'NEVER', \`legal_name\` text null, \`head_office_siret\` text null, \`establishments\` integer not null default 0, \`hidden_establishments\` integer not null default 0, \`checked_at\` datetime null, \`synced_at\` datetime null, \`error_code\` text null, \`error_message\` text null, constraint \`sirene_syncs_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`sirene_syncs_organization_id_unique\` on \`sirene_syncs\` (\`organization_id\`);`);

    this.addSql(`alter table \`organizations\` add column \`legal_category\` text null;`);

  }

}
