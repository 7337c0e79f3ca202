import { Migration } from '@mikro-orm/migrations';

export class Migration20261128162205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`datasets\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` enum('DELIBERATIONS') not null, \`scope\` varchar(9) not null, \`year\` int not null, \`status\` enum('VALID', 'INVALID', 'MISSING_SIRET') not null, \`valid\` tinyint(1) not null default false, \`row_count\` int not null default 0, \`generated_at\` datetime null, \`published_file_at\` datetime null, \`sha256\` varchar(64) null, \`size\` int not null default 0, \`error_count\` int not null default 0, \`errors\` json not null, \`notes\` json not null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`datasets\` add unique \`datasets_kind_scope_year_unique\`(\`kind\`, \`scope\`, \`year\`);`);

    this.addSql(`create table \`oidc_logins\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`state_hash\` varchar(64) not null, \`browser_hash\` varchar(64) not null, \`code_verifier\` varchar(128) not null, \`nonce\` varchar(128) not null, \`expires_at\` datetime not null, \`user_id\` varchar(36) null, \`login_code_hash\` varchar(64) null, \`used_at\` datetime null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`oidc_logins\` add unique \`oidc_logins_state_hash_unique\`(\`state_hash\`);`);
    this.addSql(`alter table \`oidc_logins\` add index \`oidc_logins_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`oidc_logins\` add unique \`oidc_logins_login_code_hash_unique\`(\`login_code_hash\`);`);

    this.addSql(`create table \`api_keys\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` varchar(36) not null, \`name\` varchar(100) not null, \`prefix\` varchar(16) not null, \`key_hash\` varchar(64) not null, \`scopes\` json not null, \`org_ids\` json not null, \`expires_at\` datetime null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`api_keys\` add unique \`api_keys_key_hash_unique\`(\`key_hash\`);`);
    this.addSql(`alter table \`api_keys\` add index \`api_keys_owner_id_index\`(\`owner_id\`);`);

    this.addSql(`alter table \`oidc_logins\` add constraint \`oidc_logins_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`api_keys\` add constraint \`api_keys_owner_id_foreign\` foreign key (\`owner_id\`) references \`users\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`users\` add \`oidc_subject\` varchar(64) null, add \`oidc_platform_admin\` tinyint(1) not null default false;`);
    this.addSql(`alter table \`users\` add unique \`users_oidc_subject_unique\`(\`oidc_subject\`);`);

    this.addSql(`alter table \`memberships\` add \`from_sso\` tinyint(1) not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`datasets\`;`);

    this.addSql(`drop table if exists \`oidc_logins\`;`);

    this.addSql(`drop table if exists \`api_keys\`;`);

    this.addSql(`alter table \`memberships\` drop column \`from_sso\`;`);

    this.addSql(`alter table \`users\` drop index \`users_oidc_subject_unique\`;`);
    this.addSql(`alter table \`users\` drop column \`oidc_subject\`, drop column \`oidc_platform_admin\`;`);
  }

}
