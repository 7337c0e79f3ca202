import { Migration } from '@mikro-orm/migrations';

export class Migration20261207110855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`organizations\` add \`needs_review\` tinyint(1) not null default false;`);

    this.addSql(`alter table \`deposits\` add \`closed_at\` datetime null, add \`closed_reason\` text null, add \`replaced_by\` varchar(36) null, add \`replaces\` varchar(36) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`organizations\` drop column \`needs_review\`;`);

    this.addSql(`alter table \`deposits\` drop column \`closed_at\`, drop column \`closed_reason\`, drop column \`replaced_by\`, drop column \`replaces\`;`);
  }

}
