import { rm } from 'node:fs/promises';
import { childLogger } from '../../core/logger.js';
import { XLSX_MAX_ROWS, writeXlsxFromCsv } from '../../infra/spreadsheet/csv-to-xlsx.js';

const log = childLogger('datasets');

/**
 * The same rows as an .xlsx beside a published CSV, made from that CSV so that both always hold
 * the same rows; when a spreadsheet cannot hold them, or writing fails, no .xlsx at all (never a
 * stale one), and a French note says why. Returns the spreadsheet's size (0: none).
 */
export async function writeSpreadsheetBeside(
  csv: string,
  xlsx: string,
  sheetName: string,
  notes: string[],
): Promise<number> {
  try {
    const out = await writeXlsxFromCsv(csv, xlsx, sheetName);
    if (out.written) {
      return out.size;
    }
    await rm(xlsx, { force: true });
    notes.push(
      out.reason === 'too-many-rows'
        ? `Pas de version tableur : plus de ${XLSX_MAX_ROWS - 1} lignes, la limite d’un tableur (utilisez le CSV).`
        : 'Pas de version tableur : une cellule dépasse la taille permise par un tableur (utilisez le CSV).',
    );
    return 0;
  } catch (err) {
    await rm(xlsx, { force: true });
    log.error({ err, xlsx }, 'spreadsheet version failed: none served');
    notes.push('Pas de version tableur : sa génération a échoué (le CSV est à jour).');
    return 0;
  }
}
