import { Migration } from '@mikro-orm/migrations';

/** Organisations created from a deposit are checked first; failed deposits can be closed or replaced. */
export class Migration20261207110855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`organizations\` add column \`needs_review\` integer not null default false;`);
    this.addSql(`alter table \`deposits\` add column \`closed_at\` datetime null;`);
    this.addSql(`alter table \`deposits\` add column \`closed_reason\` text null;`);
    this.addSql(`alter table \`deposits\` add column \`replaced_by\` text null;`);
    this.addSql(`alter table \`deposits\` add column \`replaces\` text null;`);
  }

}
