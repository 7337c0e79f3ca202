import { Migration } from '@mikro-orm/migrations';

export class Migration20261207135455 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`budget_documents\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`act_id\` varchar(36) not null, \`organization_id\` varchar(36) not null, \`source_document_id\` varchar(36) null, \`source_sha256\` varchar(64) null, \`source_file_name\` varchar(512) null, \`status\` enum('PENDING', 'IMPORTED', 'FAILED') not null, \`error_code\` varchar(64) null, \`error_message\` text null, \`year\` int null, \`stage\` enum('BP', 'BS', 'DM', 'CA', 'CFU') null, \`decision_number\` int null, \`decision_date\` varchar(10) null, \`siret\` varchar(14) null, \`establishment_name\` varchar(255) null, \`collectivity_name\` varchar(255) null, \`nomenclature\` varchar(64) null, \`plan_year\` int null, \`plan_fallback\` tinyint(1) not null default false, \`sealed_at\` datetime null, \`line_count\` int not null default 0, \`calculated_skipped\` int not null default 0, \`encoding\` varchar(16) null, \`mojibake\` tinyint(1) not null default false, \`imported_at\` datetime null, \`warnings\` json not null, \`lines\` json not null, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`budget_documents\` add index \`budget_documents_act_id_index\`(\`act_id\`);`);
    this.addSql(`alter table \`budget_documents\` add unique \`budget_documents_act_id_unique\`(\`act_id\`);`);
    this.addSql(`alter table \`budget_documents\` add index \`budget_documents_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`budget_documents\` add index \`budget_documents_organization_id_year_index\`(\`organization_id\`, \`year\`);`);

    this.addSql(`alter table \`budget_documents\` add constraint \`budget_documents_act_id_foreign\` foreign key (\`act_id\`) references \`acts\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`alter table \`budget_documents\` add constraint \`budget_documents_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);

    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS', 'BUDGETS') not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`budget_documents\`;`);

    this.addSql(`alter table \`datasets\` modify \`kind\` enum('DELIBERATIONS') not null;`);
  }

}
