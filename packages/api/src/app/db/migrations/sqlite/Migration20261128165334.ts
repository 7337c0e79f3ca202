import { Migration } from '@mikro-orm/migrations';

export class Migration20261128165334 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`widget_settings\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`custom_title\` text null, \`primary_color\` text not null default '#1d4f91', \`background_color\` text not null default '#ffffff', \`text_color\` text not null default '#1a1a1a', \`natures\` json not null, \`classifications\` json not null, \`date_from\` text null, \`date_to\` text null, \`year\` integer null, \`page_size\` integer not null default 10, constraint \`widget_settings_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`widget_settings_organization_id_index\` on \`widget_settings\` (\`organization_id\`);`);
    this.addSql(`create unique index \`widget_settings_organization_id_unique\` on \`widget_settings\` (\`organization_id\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`datasets__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('DELIBERATIONS')) not null, \`scope\` text not null, \`year\` integer not null, \`status\` text check (\`status\` in ('VALID', 'INVALID', 'MISSING_SIRET')) not null, \`valid\` integer not null default false, \`row_count\` integer not null default 0, \`generated_at\` datetime null, \`published_file_at\` datetime null, \`sha256\` text null, \`size\` integer not null default 0, \`error_count\` integer not null default 0, \`errors\` json not null, \`notes\` json not null, primary key (\`id\`));`);
    this.addSql(`insert into \`datasets__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`kind\`, \`scope\`, \`year\`, \`status\`, \`valid\`, \`row_count\`, \`generated_at\`, \`published_file_at\`, \`sha256\`, \`size\`, \`error_count\`, \`errors\`, \`notes\` from \`datasets\`;`);
    this.addSql(`drop table \`datasets\`;`);
    this.addSql(`alter table \`datasets__temp_alter\` rename to \`datasets\`;`);
    this.addSql(`create unique index \`datasets_kind_scope_year_unique\` on \`datasets\` (\`kind\`, \`scope\`, \`year\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`acts__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`number\` text not null, \`date\` text not null, \`prefecture_ack_date\` text null, \`subject\` text not null, \`nature\` text check (\`nature\` in ('DELIBERATION', 'REGULATORY', 'INDIVIDUAL', 'CONTRACT', 'BUDGET', 'OTHER', 'OUTSIDE_CONTROL')) not null, \`nature_detail\` text null, \`classification_code\` text null, \`classification_label\` text null, \`classification_unknown\` integer not null default false, \`publication_decision\` text check (\`publication_decision\` in ('PUBLISH', 'DO_NOT_PUBLISH', 'UNDECIDED')) not null, \`status\` text check (\`status\` in ('PROCESSING', 'TO_DECIDE', 'PUBLISHED', 'NOT_PUBLISHED', 'ERROR')) not null, \`hidden\` integer not null default false, \`deleted_at\` datetime null, \`published_at\` datetime null, \`pastell_id\` text null, \`source\` text check (\`source\` in ('DEPOSIT', 'UPLOAD', 'API')) not null, \`content_sha256\` text null, constraint \`acts_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`acts__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`organization_id\`, \`number\`, \`date\`, \`prefecture_ack_date\`, \`subject\`, \`nature\`, \`nature_detail\`, \`classification_code\`, \`classification_label\`, \`classification_unknown\`, \`publication_decision\`, \`status\`, \`hidden\`, \`deleted_at\`, \`published_at\`, \`pastell_id\`, \`source\`, \`content_sha256\` from \`acts\`;`);
    this.addSql(`drop table \`acts\`;`);
    this.addSql(`alter table \`acts__temp_alter\` rename to \`acts\`;`);
    this.addSql(`create index \`acts_organization_id_index\` on \`acts\` (\`organization_id\`);`);
    this.addSql(`create index \`acts_organization_id_status_date_index\` on \`acts\` (\`organization_id\`, \`status\`, \`date\`);`);
    this.addSql(`create unique index \`acts_organization_id_pastell_id_unique\` on \`acts\` (\`organization_id\`, \`pastell_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`deposits__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`file_name\` text not null, \`pastell_id\` text null, \`siren\` text null, \`sha256\` text not null, \`size\` integer not null default 0, \`status\` text check (\`status\` in ('RECEIVED', 'PROCESSING', 'DONE', 'FAILED')) not null, \`error_code\` text null, \`error_message\` text null, \`warnings\` json not null, \`act_id\` text null, \`stored_path\` text not null, \`attempts\` integer not null default 0, \`processed_at\` datetime null, constraint \`deposits_act_id_foreign\` foreign key(\`act_id\`) references \`acts\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`deposits__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`file_name\`, \`pastell_id\`, \`siren\`, \`sha256\`, \`size\`, \`status\`, \`error_code\`, \`error_message\`, \`warnings\`, \`act_id\`, \`stored_path\`, \`attempts\`, \`processed_at\` from \`deposits\`;`);
    this.addSql(`drop table \`deposits\`;`);
    this.addSql(`alter table \`deposits__temp_alter\` rename to \`deposits\`;`);
    this.addSql(`create index \`deposits_act_id_index\` on \`deposits\` (\`act_id\`);`);
    this.addSql(`create index \`deposits_status_created_at_index\` on \`deposits\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`deposits_sha256_index\` on \`deposits\` (\`sha256\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`memberships__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`organization_id\` text not null, \`role\` text check (\`role\` in ('VIEWER', 'EDITOR', 'ADMIN')) not null, \`hr\` integer not null default false, \`from_sso\` integer not null default false, constraint \`memberships_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`memberships_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`memberships__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`user_id\`, \`organization_id\`, \`role\`, \`hr\`, \`from_sso\` from \`memberships\`;`);
    this.addSql(`drop table \`memberships\`;`);
    this.addSql(`alter table \`memberships__temp_alter\` rename to \`memberships\`;`);
    this.addSql(`create index \`memberships_user_id_index\` on \`memberships\` (\`user_id\`);`);
    this.addSql(`create index \`memberships_organization_id_index\` on \`memberships\` (\`organization_id\`);`);
    this.addSql(`create unique index \`memberships_user_id_organization_id_unique\` on \`memberships\` (\`user_id\`, \`organization_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
