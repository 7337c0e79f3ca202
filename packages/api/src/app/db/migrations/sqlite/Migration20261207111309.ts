import { Migration } from '@mikro-orm/migrations';

export class Migration20261207111309 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`password_tokens\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`purpose\` text not null, \`token_hash\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_tokens_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`password_tokens_user_id_index\` on \`password_tokens\` (\`user_id\`);`);
    this.addSql(`create unique index \`password_tokens_token_hash_unique\` on \`password_tokens\` (\`token_hash\`);`);

    this.addSql(`create table \`invitations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`organization_id\` text not null, \`role\` text check (\`role\` in ('VIEWER', 'EDITOR', 'ADMIN')) not null, \`hr\` integer not null default false, \`invited_by_id\` text null, \`token_hash\` text not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, constraint \`invitations_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`invitations_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`invitations_organization_id_index\` on \`invitations\` (\`organization_id\`);`);
    this.addSql(`create index \`invitations_invited_by_id_index\` on \`invitations\` (\`invited_by_id\`);`);
    this.addSql(`create index \`invitations_organization_id_email_index\` on \`invitations\` (\`organization_id\`, \`email\`);`);
    this.addSql(`create unique index \`invitations_token_hash_unique\` on \`invitations\` (\`token_hash\`);`);
  }

}
