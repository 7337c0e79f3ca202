import { Migration } from '@mikro-orm/migrations';

export class Migration20261207134858 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`contract_sources\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`url\` varchar(2000) not null, \`active\` tinyint(1) not null default true, \`etag\` varchar(255) null, \`last_modified\` varchar(64) null, \`last_fetch_at\` datetime null, \`last_status\` enum('NEVER', 'IMPORTED', 'NOT_MODIFIED', 'FAILED') not null default 'NEVER', \`last_error\` text null, \`last_import_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`contract_sources\` add index \`contract_sources_organization_id_index\`(\`organization_id\`);`);

    this.addSql(`create table \`contract_imports\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) null, \`origin\` enum('UPLOAD', 'FOLDER', 'SOURCE') not null, \`file_name\` varchar(255) not null, \`format\` varchar(4) null, \`status\` enum('SUCCESS', 'PARTIAL', 'FAILED') not null, \`total\` int not null default 0, \`created\` int not null default 0, \`updated\` int not null default 0, \`unchanged\` int not null default 0, \`refused\` int not null default 0, \`error_code\` varchar(64) null, \`message\` text null, \`errors\` json not null, \`warnings\` json not null, \`sha256\` varchar(64) null, \`size\` int not null default 0, \`source_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`contract_imports\` add index \`contract_imports_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`contract_imports\` add index \`contract_imports_organization_id_created_at_index\`(\`organization_id\`, \`created_at\`);`);

    this.addSql(`create table \`contracts\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`decp_id\` varchar(16) not null, \`buyer_siret\` varchar(14) not null, \`kind\` enum('MARCHE', 'CONCESSION') not null, \`nature\` varchar(64) not null, \`subject\` text not null, \`procedure\` varchar(100) not null, \`cpv\` varchar(10) null, \`amount\` double not null, \`initial_amount\` double not null, \`notified_on\` varchar(10) not null, \`published_on\` varchar(10) not null, \`year\` int not null, \`duration_months\` int not null, \`initial_duration_months\` int not null, \`holders\` json not null, \`modifications\` json not null, \`record\` json not null, \`sha256\` varchar(64) not null, \`search_text\` text not null, \`act_id\` varchar(36) null, \`act_link_manual\` tinyint(1) not null default false, \`origin\` enum('FILE', 'SOURCE', 'MANUAL') not null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`contracts\` add index \`contracts_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`contracts\` add index \`contracts_act_id_index\`(\`act_id\`);`);
    this.addSql(`alter table \`contracts\` add index \`contracts_organization_id_year_index\`(\`organization_id\`, \`year\`);`);
    this.addSql(`alter table \`contracts\` add unique \`contracts_buyer_siret_decp_id_unique\`(\`buyer_siret\`, \`decp_id\`);`);

    this.addSql(`create table \`contract_versions\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`contract_id\` varchar(36) not null, \`record\` json not null, \`sha256\` varchar(64) not null, \`modification_count\` int not null, \`amount\` double not null, \`origin\` enum('FILE', 'SOURCE', 'MANUAL') not null, \`import_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`contract_versions\` add index \`contract_versions_contract_id_index\`(\`contract_id\`);`);

    this.addSql(`alter table \`contract_sources\` add constraint \`contract_sources_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`contract_imports\` add constraint \`contract_imports_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`contracts\` add constraint \`contracts_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`alter table \`contracts\` add constraint \`contracts_act_id_foreign\` foreign key (\`act_id\`) references \`acts\` (\`id\`) on update cascade on delete set null;`);

    this.addSql(`alter table \`contract_versions\` add constraint \`contract_versions_contract_id_foreign\` foreign key (\`contract_id\`) references \`contracts\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS', 'DECP_JSON', 'DECP_XML') not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`contract_versions\` drop foreign key \`contract_versions_contract_id_foreign\`;`);

    this.addSql(`drop table if exists \`contract_sources\`;`);

    this.addSql(`drop table if exists \`contract_imports\`;`);

    this.addSql(`drop table if exists \`contracts\`;`);

    this.addSql(`drop table if exists \`contract_versions\`;`);

    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS') not null;`);
  }

}
