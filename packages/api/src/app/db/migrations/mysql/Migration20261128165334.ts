import { Migration } from '@mikro-orm/migrations';

export class Migration20261128165334 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`widget_settings\` (\`id\` varchar(36) not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` varchar(36) not null, \`custom_title\` varchar(120) null, \`primary_color\` varchar(7) not null default '#1d4f91', \`background_color\` varchar(7) not null default '#ffffff', \`text_color\` varchar(7) not null default '#1a1a1a', \`natures\` json not null, \`classifications\` json not null, \`date_from\` varchar(10) null, \`date_to\` varchar(10) null, \`year\` int null, \`page_size\` int not null default 10, primary key (\`id\`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB;`);
    this.addSql(`alter table \`widget_settings\` add index \`widget_settings_organization_id_index\`(\`organization_id\`);`);
    this.addSql(`alter table \`widget_settings\` add unique \`widget_settings_organization_id_unique\`(\`organization_id\`);`);

    this.addSql(`alter table \`widget_settings\` add constraint \`widget_settings_organization_id_foreign\` foreign key (\`organization_id\`) references \`organizations\` (\`id\`) on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`widget_settings\`;`);
  }

}
