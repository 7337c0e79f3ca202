import type { Report } from './table-schema-report.js';
import type { TableSchema } from './table-schema-types.js';

/**
 * Checks the header row. `strict`: the schema fields exactly, in order (frictionless);
 * `validata`: only a missing required column is an error, the rest are warnings.
 */
export function checkHeader(
  header: string[],
  schema: TableSchema,
  mode: 'strict' | 'validata',
  r: Report,
): void {
  const names = schema.fields.map((f) => f.name);
  const seen = new Set<string>();
  header.forEach((label, i) => {
    if (label.trim() === '') {
      r.add(1, null, 'blank-label', `L'en-tête de la colonne ${i + 1} est vide.`);
    } else if (seen.has(label)) {
      r.add(
        1,
        label,
        'duplicate-label',
        `La colonne « ${label} » apparaît plusieurs fois dans l'en-tête.`,
      );
    }
    seen.add(label);
  });
  if (mode === 'validata') {
    for (const f of schema.fields) {
      if (!seen.has(f.name)) {
        if (f.constraints.required) {
          r.add(1, f.name, 'missing-label', `La colonne obligatoire « ${f.name} » est absente.`);
        } else {
          r.warnings.push(`La colonne facultative « ${f.name} » est absente.`);
        }
      }
    }
    header
      .filter((h) => h && !names.includes(h))
      .forEach((h) => r.warnings.push(`Colonne « ${h} » hors schéma.`));
    if (
      names.filter((n) => seen.has(n)).join() !== header.filter((h) => names.includes(h)).join()
    ) {
      r.warnings.push("Les colonnes ne sont pas dans l'ordre du schéma.");
    }
    return;
  }
  for (let i = 0; i < Math.max(header.length, names.length); i++) {
    if (i >= names.length) {
      r.add(
        1,
        header[i],
        'extra-label',
        `Colonne en trop en position ${i + 1} : « ${header[i]} ».`,
      );
    } else if (i >= header.length) {
      r.add(
        1,
        names[i],
        'missing-label',
        `Colonne « ${names[i]} » absente (attendue en position ${i + 1}).`,
      );
    } else if (header[i] !== names[i] && header[i].trim() !== '') {
      r.add(
        1,
        header[i],
        'incorrect-label',
        `En position ${i + 1}, la colonne « ${names[i]} » est attendue au lieu de « ${header[i]} ».`,
      );
    }
  }
  if (header.length === 1 && names.length > 1 && /[;\t|]/.test(header[0])) {
    r.warnings.push('Le séparateur de colonnes attendu est la virgule.');
  }
}
