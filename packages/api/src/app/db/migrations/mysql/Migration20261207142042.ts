import { Migration } from '@mikro-orm/migrations';

export class Migration20261207142042 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`documents\` add \`text_source\` enum('TEXT_LAYER', 'OCR') null, add \`ocr_status\` enum('PENDING', 'DONE', 'FAILED') null, add \`ocr_confidence\` double null, add \`ocr_error\` varchar(300) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`documents\` drop column \`text_source\`, drop column \`ocr_status\`, drop column \`ocr_confidence\`, drop column \`ocr_error\`;`);
  }

}
