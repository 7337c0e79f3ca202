import { Migration } from '@mikro-orm/migrations';

export class Migration20261207142035 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`documents\` add column \`text_source\` text check (\`text_source\` in ('TEXT_LAYER', 'OCR')) null;`);
    this.addSql(`alter table \`documents\` add column \`ocr_status\` text check (\`ocr_status\` in ('PENDING', 'DONE', 'FAILED')) null;`);
    this.addSql(`alter table \`documents\` add column \`ocr_confidence\` double null;`);
    this.addSql(`alter table \`documents\` add column \`ocr_error\` text null;`);
  }

}
