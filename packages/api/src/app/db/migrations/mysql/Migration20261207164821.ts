import { Migration } from '@mikro-orm/migrations';

export class Migration20261207164821 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dataset_generations\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` enum('DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML') not null, \`scope\` varchar(9) not null, \`year\` int not null, \`generated_at\` datetime not null, \`reason\` varchar(64) not null, \`row_count\` int not null, \`sha256\` varchar(64) null, \`size\` int not null default 0, \`valid\` tinyint(1) not null, \`published\` tinyint(1) not null, \`error_count\` int not null default 0, \`status\` varchar(16) null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`dataset_generations\` add index \`dataset_generations_scope_kind_year_index\`(\`scope\`, \`kind\`, \`year\`);`);

    this.addSql(`create table \`catalog_metadata\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`kind\` varchar(16) not null, \`title\` varchar(255) null, \`description\` text null, \`license\` varchar(32) null, \`frequency\` varchar(32) null, \`keywords\` json null, \`updated_by\` varchar(36) null, \`edited\` tinyint(1) not null default false, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`catalog_metadata\` add index \`catalog_metadata_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`catalog_metadata\` add unique \`catalog_metadata_organization_id_kind_unique\`(\`organization_id\`, \`kind\`);`);

    this.addSql(`alter table \`catalog_metadata\` add constraint \`catalog_metadata_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`organizations\` add \`insee_code\` varchar(5) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`dataset_generations\`;`);

    this.addSql(`drop table if exists \`catalog_metadata\`;`);

    this.addSql(`alter table \`organizations\` drop column \`insee_code\`;`);
  }

}
