import { Migration } from '@mikro-orm/migrations';

export class Migration20261207111311 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`password_tokens\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` varchar(36) not null, \`purpose\` varchar(16) not null, \`token_hash\` varchar(64) not null, \`expires_at\` datetime not null, \`used_at\` datetime null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`password_tokens\` add index \`password_tokens_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`password_tokens\` add unique \`password_tokens_token_hash_unique\`(\`token_hash\`);`);

    this.addSql(`create table \`invitations\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` varchar(320) not null, \`display_name\` varchar(255) not null, \`organization_id\` varchar(36) not null, \`role\` enum('VIEWER', 'EDITOR', 'ADMIN') not null, \`hr\` tinyint(1) not null default false, \`invited_by_id\` varchar(36) null, \`token_hash\` varchar(64) not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`invitations\` add index \`invitations_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`invitations\` add index \`invitations_invited_by_id_index\`(\`invited_by_id\`);`);
    this.addSql(`alter table \`invitations\` add index \`invitations_organization_id_email_index\`(\`organization_id\`, \`email\`);`);
    this.addSql(`alter table \`invitations\` add unique \`invitations_token_hash_unique\`(\`token_hash\`);`);

    this.addSql(`alter table \`password_tokens\` add constraint \`password_tokens_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`invitations\` add constraint \`invitations_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`alter table \`invitations\` add constraint \`invitations_invited_by_id_foreign\` foreign key (\`invited_by_id\`) references \`users\` (\`id\`) on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`password_tokens\`;`);

    this.addSql(`drop table if exists \`invitations\`;`);
  }

}
