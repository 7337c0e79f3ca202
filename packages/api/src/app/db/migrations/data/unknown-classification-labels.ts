import { ACTES_LEVEL1 } from '../../../../shared/actes-nomenclature.js';

/**
 * Acts whose level-2 classification is outside the national list were once stored with their
 * level-1 label as if it were theirs (« 9.99 Autres domaines de compétences »). These statements
 * clear exactly that made-up label; a label sent by the prefecture is kept. Portable SQL
 * (SQLite and MariaDB).
 */
export function unknownClassificationLabelFixes(): string[] {
  return Object.entries(ACTES_LEVEL1).map(([code, label]) => {
    const quoted = label.replaceAll("'", "''");
    return (
      `update \`acts\` set \`classification_label\` = null ` +
      `where \`classification_unknown\` = 1 and \`classification_label\` = '${quoted}' ` +
      `and (\`classification_code\` = '${code}' or \`classification_code\` like '${code}.%')`
    );
  });
}
