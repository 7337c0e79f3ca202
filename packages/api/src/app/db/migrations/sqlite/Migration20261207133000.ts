import { Migration } from '@mikro-orm/migrations';
import { unknownClassificationLabelFixes } from '../data/unknown-classification-labels.js';

/** Unknown level-2 codes lose the level-1 label they were given by mistake (data only). */
export class Migration20261207133000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of unknownClassificationLabelFixes()) {
      this.addSql(sql);
    }
  }
}
