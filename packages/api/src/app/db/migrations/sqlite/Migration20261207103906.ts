import { Migration } from '@mikro-orm/migrations';

/**
 * An act is one organisation's number at one date: unique from now on. Acts that already share
 * them (a deposit re-sent under another name used to create a second act) are all kept; every one
 * but the oldest gets « (doublon <id>) » after its number, so that staff see and settle them.
 */
export class Migration20261207103906 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`acts\` add column \`subject_edited_at\` datetime null;`);
    this.addSql(`update \`acts\` set \`number\` = substr(\`number\`, 1, 40) || ' (doublon ' || substr(\`id\`, 1, 8) || ')' where \`id\` in (select a.\`id\` from \`acts\` a where exists (select 1 from \`acts\` b where b.\`organization_id\` = a.\`organization_id\` and b.\`number\` = a.\`number\` and b.\`date\` = a.\`date\` and (b.\`created_at\` < a.\`created_at\` or (b.\`created_at\` = a.\`created_at\` and b.\`id\` < a.\`id\`))));`);
    this.addSql(`create unique index \`acts_organization_id_number_date_unique\` on \`acts\` (\`organization_id\`, \`number\`, \`date\`);`);
  }

}
