import { Migration } from '@mikro-orm/migrations';

/**
 * An act is one organisation's number at one date: unique from now on. Acts that already share
 * them (a deposit re-sent under another name used to create a second act) are all kept; every one
 * but the oldest gets « (doublon <id>) » after its number, so that staff see and settle them.
 */
export class Migration20261207103906 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`acts\` add \`subject_edited_at\` datetime null;`);
    this.addSql(`update \`acts\` a join (select a2.\`id\` from \`acts\` a2 join \`acts\` b on b.\`organization_id\` = a2.\`organization_id\` and b.\`number\` = a2.\`number\` and b.\`date\` = a2.\`date\` and (b.\`created_at\` < a2.\`created_at\` or (b.\`created_at\` = a2.\`created_at\` and b.\`id\` < a2.\`id\`))) d on d.\`id\` = a.\`id\` set a.\`number\` = concat(left(a.\`number\`, 40), ' (doublon ', left(a.\`id\`, 8), ')');`);
    this.addSql(`alter table \`acts\` add unique \`acts_organization_id_number_date_unique\`(\`organization_id\`, \`number\`, \`date\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`acts\` drop index \`acts_organization_id_number_date_unique\`;`);
    this.addSql(`alter table \`acts\` drop column \`subject_edited_at\`;`);
  }

}
