import { Migration } from '@mikro-orm/migrations';

export class Migration20261128154454 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`organizations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`siren\` text not null, \`siret\` text null, \`name\` text not null, \`open_data_active\` integer not null default true, \`publish_annexes\` integer not null default true, primary key (\`id\`));`);
    this.addSql(`create unique index \`organizations_siren_unique\` on \`organizations\` (\`siren\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`password_hash\` text null, \`status\` text check (\`status\` in ('ACTIVE', 'DISABLED')) not null default 'ACTIVE', \`is_platform_admin\` integer not null default false, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);

    this.addSql(`create table \`sessions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`token_hash\` text not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);
    this.addSql(`create unique index \`sessions_token_hash_unique\` on \`sessions\` (\`token_hash\`);`);
  }

}
