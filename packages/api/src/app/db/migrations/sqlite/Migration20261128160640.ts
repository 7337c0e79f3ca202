import { Migration } from '@mikro-orm/migrations';

export class Migration20261128160640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`agenda_jobs\` (\`id\` text not null, \`name\` text not null, \`priority\` integer not null default 0, \`type\` text not null default 'normal', \`next_run_at\` bigint null, \`locked_at\` bigint null, \`last_run_at\` bigint null, \`last_finished_at\` bigint null, \`failed_at\` bigint null, \`fail_count\` integer null, \`fail_reason\` text null, \`repeat_interval\` text null, \`repeat_timezone\` text null, \`repeat_at\` text null, \`data\` text null, \`disabled\` integer not null default false, \`progress\` double null, \`unique_key\` text null, \`debounce_started_at\` bigint null, \`last_modified_by\` text null, \`fork\` integer null, \`start_date\` bigint null, \`end_date\` bigint null, \`skip_days\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`agenda_jobs_locked_at_index\` on \`agenda_jobs\` (\`locked_at\`);`);
    this.addSql(`create index \`agenda_jobs_name_next_run_at_index\` on \`agenda_jobs\` (\`name\`, \`next_run_at\`);`);
    this.addSql(`create unique index \`agenda_jobs_name_unique_key_unique\` on \`agenda_jobs\` (\`name\`, \`unique_key\`);`);

    this.addSql(`create table \`audit_entries\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`actor_id\` text null, \`actor_label\` text not null, \`action\` text not null, \`target_type\` text not null, \`target_id\` text not null, \`siren\` text null, \`before\` text null, \`after\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entries_target_type_target_id_index\` on \`audit_entries\` (\`target_type\`, \`target_id\`);`);
    this.addSql(`create index \`audit_entries_siren_created_at_index\` on \`audit_entries\` (\`siren\`, \`created_at\`);`);

    this.addSql(`create table \`acts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`number\` text not null, \`date\` text not null, \`prefecture_ack_date\` text null, \`subject\` text not null, \`nature\` text check (\`nature\` in ('DELIBERATION', 'REGULATORY', 'INDIVIDUAL', 'CONTRACT', 'BUDGET', 'OTHER', 'OUTSIDE_CONTROL')) not null, \`nature_detail\` text null, \`classification_code\` text null, \`classification_label\` text null, \`classification_unknown\` integer not null default false, \`publication_decision\` text check (\`publication_decision\` in ('PUBLISH', 'DO_NOT_PUBLISH', 'UNDECIDED')) not null, \`status\` text check (\`status\` in ('PROCESSING', 'TO_DECIDE', 'PUBLISHED', 'NOT_PUBLISHED', 'ERROR')) not null, \`hidden\` integer not null default false, \`deleted_at\` datetime null, \`published_at\` datetime null, \`pastell_id\` text null, \`source\` text check (\`source\` in ('DEPOSIT', 'UPLOAD', 'API')) not null, \`content_sha256\` text null, constraint \`acts_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`acts_organization_id_index\` on \`acts\` (\`organization_id\`);`);
    this.addSql(`create index \`acts_organization_id_status_date_index\` on \`acts\` (\`organization_id\`, \`status\`, \`date\`);`);
    this.addSql(`create unique index \`acts_organization_id_pastell_id_unique\` on \`acts\` (\`organization_id\`, \`pastell_id\`);`);

    this.addSql(`create table \`documents\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`act_id\` text not null, \`file_name\` text not null, \`media_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`storage_key\` text not null, \`annex\` integer not null default false, \`withheld\` integer not null default false, \`position\` integer not null default 0, \`extracted_text\` text null, constraint \`documents_act_id_foreign\` foreign key(\`act_id\`) references \`acts\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`documents_act_id_index\` on \`documents\` (\`act_id\`);`);

    this.addSql(`create table \`deposits\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`file_name\` text not null, \`pastell_id\` text null, \`siren\` text null, \`sha256\` text not null, \`size\` integer not null default 0, \`status\` text check (\`status\` in ('RECEIVED', 'PROCESSING', 'DONE', 'FAILED')) not null, \`error_code\` text null, \`error_message\` text null, \`warnings\` json not null, \`act_id\` text null, \`stored_path\` text not null, \`attempts\` integer not null default 0, \`processed_at\` datetime null, constraint \`deposits_act_id_foreign\` foreign key(\`act_id\`) references \`acts\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`deposits_act_id_index\` on \`deposits\` (\`act_id\`);`);
    this.addSql(`create index \`deposits_status_created_at_index\` on \`deposits\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`deposits_sha256_index\` on \`deposits\` (\`sha256\`);`);

    this.addSql(`create table \`outbox_events\` (\`id\` integer not null primary key autoincrement, \`topic\` text not null, \`payload\` text not null, \`origin\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`outbox_events_created_at_index\` on \`outbox_events\` (\`created_at\`);`);

    this.addSql(`create table \`memberships\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`organization_id\` text not null, \`role\` text check (\`role\` in ('VIEWER', 'EDITOR', 'ADMIN')) not null, \`hr\` integer not null default false, constraint \`memberships_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`memberships_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`memberships_user_id_index\` on \`memberships\` (\`user_id\`);`);
    this.addSql(`create index \`memberships_organization_id_index\` on \`memberships\` (\`organization_id\`);`);
    this.addSql(`create unique index \`memberships_user_id_organization_id_unique\` on \`memberships\` (\`user_id\`, \`organization_id\`);`);
  }

}
