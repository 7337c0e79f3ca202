import { Migration } from '@mikro-orm/migrations';

export class Migration20261128154454 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`organizations\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`siren\` varchar(9) not null, \`siret\` varchar(14) null, \`name\` varchar(255) not null, \`open_data_active\` tinyint(1) not null default true, \`publish_annexes\` tinyint(1) not null default true, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`organizations\` add unique \`organizations_siren_unique\`(\`siren\`);`);

    this.addSql(`create table \`users\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` varchar(320) not null, \`display_name\` varchar(255) not null, \`password_hash\` varchar(255) null, \`status\` enum('ACTIVE', 'DISABLED') not null default 'ACTIVE', \`is_platform_admin\` tinyint(1) not null default false, \`failed_logins\` int not null default 0, \`locked_until\` datetime null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`users\` add unique \`users_email_unique\`(\`email\`);`);

    this.addSql(`create table \`sessions\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` varchar(36) not null, \`token_hash\` varchar(64) not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`sessions\` add index \`sessions_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`sessions\` add unique \`sessions_token_hash_unique\`(\`token_hash\`);`);

    this.addSql(`alter table \`sessions\` add constraint \`sessions_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`sessions\` drop foreign key \`sessions_user_id_foreign\`;`);

    this.addSql(`drop table if exists \`organizations\`;`);

    this.addSql(`drop table if exists \`users\`;`);

    this.addSql(`drop table if exists \`sessions\`;`);
  }

}
