import { Migration } from '@mikro-orm/migrations';

export class Migration20261128160640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`agenda_jobs\` (\`id\` varchar(36) not null, \`name\` varchar(255) not null, \`priority\` int not null default 0, \`type\` varchar(10) not null default 'normal', \`next_run_at\` bigint null, \`locked_at\` bigint null, \`last_run_at\` bigint null, \`last_finished_at\` bigint null, \`failed_at\` bigint null, \`fail_count\` int null, \`fail_reason\` text null, \`repeat_interval\` varchar(255) null, \`repeat_timezone\` varchar(64) null, \`repeat_at\` varchar(255) null, \`data\` text null, \`disabled\` tinyint(1) not null default false, \`progress\` double null, \`unique_key\` varchar(64) null, \`debounce_started_at\` bigint null, \`last_modified_by\` varchar(255) null, \`fork\` tinyint(1) null, \`start_date\` bigint null, \`end_date\` bigint null, \`skip_days\` varchar(32) null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`agenda_jobs\` add index \`agenda_jobs_locked_at_index\`(\`locked_at\`);`);
    this.addSql(`alter table \`agenda_jobs\` add index \`agenda_jobs_name_next_run_at_index\`(\`name\`, \`next_run_at\`);`);
    this.addSql(`alter table \`agenda_jobs\` add unique \`agenda_jobs_name_unique_key_unique\`(\`name\`, \`unique_key\`);`);

    this.addSql(`create table \`audit_entries\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`actor_id\` varchar(36) null, \`actor_label\` varchar(320) not null, \`action\` varchar(64) not null, \`target_type\` varchar(32) not null, \`target_id\` varchar(36) not null, \`siren\` varchar(9) null, \`before\` text null, \`after\` text null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`audit_entries\` add index \`audit_entries_target_type_target_id_index\`(\`target_type\`, \`target_id\`);`);
    this.addSql(`alter table \`audit_entries\` add index \`audit_entries_siren_created_at_index\`(\`siren\`, \`created_at\`);`);

    this.addSql(`create table \`acts\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`number\` varchar(64) not null, \`date\` varchar(10) not null, \`prefecture_ack_date\` varchar(10) null, \`subject\` text not null, \`nature\` enum('DELIBERATION', 'REGULATORY', 'INDIVIDUAL', 'CONTRACT', 'BUDGET', 'OTHER', 'OUTSIDE_CONTROL') not null, \`nature_detail\` varchar(16) null, \`classification_code\` varchar(32) null, \`classification_label\` varchar(255) null, \`classification_unknown\` tinyint(1) not null default false, \`publication_decision\` enum('PUBLISH', 'DO_NOT_PUBLISH', 'UNDECIDED') not null, \`status\` enum('PROCESSING', 'TO_DECIDE', 'PUBLISHED', 'NOT_PUBLISHED', 'ERROR') not null, \`hidden\` tinyint(1) not null default false, \`deleted_at\` datetime null, \`published_at\` datetime null, \`pastell_id\` varchar(64) null, \`source\` enum('DEPOSIT', 'UPLOAD', 'API') not null, \`content_sha256\` varchar(64) null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`acts\` add index \`acts_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`acts\` add index \`acts_organization_id_status_date_index\`(\`organization_id\`, \`status\`, \`date\`);`);
    this.addSql(`alter table \`acts\` add unique \`acts_organization_id_pastell_id_unique\`(\`organization_id\`, \`pastell_id\`);`);

    this.addSql(`create table \`documents\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`act_id\` varchar(36) not null, \`file_name\` varchar(512) not null, \`media_type\` varchar(128) not null, \`size\` int not null, \`sha256\` varchar(64) not null, \`storage_key\` varchar(128) not null, \`annex\` tinyint(1) not null default false, \`withheld\` tinyint(1) not null default false, \`position\` int not null default 0, \`extracted_text\` text null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`documents\` add index \`documents_act_id_index\`(\`act_id\`);`);

    this.addSql(`create table \`deposits\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`file_name\` varchar(255) not null, \`pastell_id\` varchar(64) null, \`siren\` varchar(9) null, \`sha256\` varchar(64) not null, \`size\` int not null default 0, \`status\` enum('RECEIVED', 'PROCESSING', 'DONE', 'FAILED') not null, \`error_code\` varchar(64) null, \`error_message\` text null, \`warnings\` json not null, \`act_id\` varchar(36) null, \`stored_path\` varchar(1024) not null, \`attempts\` int not null default 0, \`processed_at\` datetime null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`deposits\` add index \`deposits_act_id_index\`(\`act_id\`);`);
    this.addSql(`alter table \`deposits\` add index \`deposits_status_created_at_index\`(\`status\`, \`created_at\`);`);
    this.addSql(`alter table \`deposits\` add index \`deposits_sha256_index\`(\`sha256\`);`);

    this.addSql(`create table \`outbox_events\` (\`id\` int unsigned not null auto_increment primary key, \`topic\` varchar(64) not null, \`payload\` text not null, \`origin\` varchar(36) not null, \`created_at\` datetime not null) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_created_at_index\`(\`created_at\`);`);

    this.addSql(`create table \`memberships\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` varchar(36) not null, \`organization_id\` varchar(36) not null, \`role\` enum('VIEWER', 'EDITOR', 'ADMIN') not null, \`hr\` tinyint(1) not null default false, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`memberships\` add index \`memberships_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`memberships\` add index \`memberships_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`memberships\` add unique \`memberships_user_id_organization_id_unique\`(\`user_id\`, \`organization_id\`);`);

    this.addSql(`alter table \`acts\` add constraint \`acts_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`documents\` add constraint \`documents_act_id_foreign\` foreign key (\`act_id\`) references \`acts\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`deposits\` add constraint \`deposits_act_id_foreign\` foreign key (\`act_id\`) references \`acts\` (\`id\`) on update cascade on delete set null;`);

    this.addSql(`alter table \`memberships\` add constraint \`memberships_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`alter table \`memberships\` add constraint \`memberships_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`documents\` drop foreign key \`documents_act_id_foreign\`;`);

    this.addSql(`alter table \`deposits\` drop foreign key \`deposits_act_id_foreign\`;`);

    this.addSql(`drop table if exists \`agenda_jobs\`;`);

    this.addSql(`drop table if exists \`audit_entries\`;`);

    this.addSql(`drop table if exists \`acts\`;`);

    this.addSql(`drop table if exists \`documents\`;`);

    this.addSql(`drop table if exists \`deposits\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`memberships\`;`);
  }

}
