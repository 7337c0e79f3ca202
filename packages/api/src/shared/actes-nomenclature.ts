/**
 * ACTES classification ("nomenclature ACTES"), levels 1 and 2, as used by the prefectures'
 * @ctes system and by SCDL Délibérations (`DELIB_MATIERE_CODE`, `DELIB_MATIERE_NOM`).
 * Prefectures may add levels 3 to 5 (`7.2.1`); only levels 1 and 2 are national.
 */

/** Level-1 labels, accented, as Validata's `nomenclature-actes-value` check expects them. */
export const ACTES_LEVEL1: Readonly<Record<string, string>> = {
  '1': 'Commande publique',
  '2': 'Urbanisme',
  '3': 'Domaine et patrimoine',
  '4': 'Fonction publique',
  '5': 'Institutions et vie politique',
  '6': 'Libertés publiques et pouvoirs de police',
  '7': 'Finances locales',
  '8': 'Domaines de compétences par thèmes',
  '9': 'Autres domaines de compétences',
};

/** Level-2 labels (display form: capital first letter, accents). */
export const ACTES_LEVEL2: Readonly<Record<string, string>> = {
  '1.1': 'Marchés publics',
  '1.2': 'Délégation de service public',
  '1.3': 'Conventions de mandat',
  '1.4': 'Autres types de contrats',
  '1.5': "Transactions / protocole d'accord transactionnel",
  '1.6': "Actes relatifs à la maîtrise d'œuvre",
  '1.7': 'Actes spéciaux et divers',
  '2.1': "Documents d'urbanisme",
  '2.2': "Actes relatifs au droit d'occupation ou d'utilisation des sols",
  '2.3': 'Droit de préemption urbain',
  '3.1': 'Acquisitions',
  '3.2': 'Aliénations',
  '3.3': 'Locations',
  '3.4': 'Limites territoriales',
  '3.5': 'Autres actes de gestion du domaine public',
  '3.6': 'Autres actes de gestion du domaine privé',
  '4.1': 'Personnel titulaires et stagiaires de la F.P.T.',
  '4.2': 'Personnel contractuel',
  '4.3': 'Fonction publique hospitalière',
  '4.4': 'Autres catégories de personnels',
  '4.5': 'Régime indemnitaire',
  '5.1': 'Élection exécutif',
  '5.2': 'Fonctionnement des assemblées',
  '5.3': 'Désignation de représentants',
  '5.4': 'Délégation de fonctions',
  '5.5': 'Délégation de signature',
  '5.6': 'Exercice des mandats locaux',
  '5.7': 'Intercommunalité',
  '5.8': "Décision d'ester en justice",
  '6.1': 'Police municipale',
  '6.2': 'Pouvoir du président du conseil général',
  '6.3': 'Pouvoir du président du conseil régional',
  '6.4': 'Autres actes réglementaires',
  '6.5': "Actes pris au nom de l'État et soumis au contrôle hiérarchique",
  '7.1': 'Décisions budgétaires',
  '7.2': 'Fiscalité',
  '7.3': 'Emprunts',
  '7.4': 'Interventions économiques',
  '7.5': 'Subventions',
  '7.6': 'Contributions budgétaires',
  '7.7': 'Avances',
  '7.8': 'Fonds de concours',
  '7.9': 'Prise de participation (SEM, etc.)',
  '7.10': 'Divers',
  '8.1': 'Enseignement',
  '8.2': 'Aide sociale',
  '8.3': 'Voirie',
  '8.4': 'Aménagement du territoire',
  '8.5': 'Politique de la ville-habitat-logement',
  '8.6': 'Emploi-formation professionnelle',
  '8.7': 'Transports',
  '8.8': 'Environnement',
  '8.9': 'Culture',
  '9.1': 'Autres domaines de compétences des communes',
  '9.2': 'Autres domaines de compétences des départements',
  '9.3': 'Autres domaines de compétences des régions',
  '9.4': 'Vœux et motions',
};

export interface ClassificationDescription {
  /** The code as given, trimmed (may have levels 3–5, e.g. `7.2.1`). */
  code: string;
  /** Level-1 code (`7`), or null when the code is not numeric. */
  level1Code: string | null;
  /** Level-2 code (`7.2`), or null when the code has a single level. */
  level2Code: string | null;
  level1Label: string | null;
  level2Label: string | null;
  /** Best label: the level-2 label when known, else the level-1 label, else null. */
  label: string | null;
  /** True when the level-2 code is in the national nomenclature. */
  known: boolean;
  /** SCDL `DELIB_MATIERE_NOM` (`<level 1>/<level 2>`, lowercase, accents kept); known codes only. */
  matiereNom?: string;
}

const CODE_RE = /^\d{1,2}(?:\.\d{1,2}){0,4}$/;

/** Describes a classification code (`8.5`, `7.2.1`, `9.99`…). Never throws. */
export function describeClassification(rawCode: string): ClassificationDescription {
  const code = rawCode.trim();
  const parts = CODE_RE.test(code) ? code.split('.').map((p) => String(Number(p))) : null;
  const level1Code = parts ? parts[0] : null;
  const level2Code = parts && parts.length >= 2 ? `${parts[0]}.${parts[1]}` : null;
  const level1Label = (level1Code && ACTES_LEVEL1[level1Code]) || null;
  const level2Label = (level2Code && ACTES_LEVEL2[level2Code]) || null;
  const known = level2Label !== null;
  return {
    code,
    level1Code,
    level2Code,
    level1Label,
    level2Label,
    label: level2Label ?? level1Label,
    known,
    ...(known ? { matiereNom: `${scdlPart(level1Label!)}/${scdlPart(level2Label!)}` } : {}),
  };
}

/**
 * Splits a Pastell `classification` value (`"8.5 Politique de la ville-habitat-logement"`)
 * into the code (first token) and the label given by the prefecture. Null when the value
 * does not start with a numeric code.
 */
export function splitClassification(value: string): { code: string; label: string | null } | null {
  const match = /^\s*(\d{1,2}(?:\.\d{1,2}){0,4})(?:\s+(.*?))?\s*$/s.exec(value);
  if (!match) {
    return null;
  }
  const label = match[2]?.trim();
  return { code: match[1], label: label ? label : null };
}

/**
 * One side of `DELIB_MATIERE_NOM`: lowercase with accents, no comma, no parenthesis and no `/`
 * (a `/` inside a label becomes `-`), single spaces.
 */
export function scdlPart(label: string): string {
  return label
    .normalize('NFC')
    .toLocaleLowerCase('fr-FR')
    .replace(/\s*\/\s*/g, '-')
    .replace(/[(),]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase, accents removed: the comparison Validata makes on level-1 labels. */
export function foldLabel(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr-FR').trim();
}

const FOLDED_LEVEL1 = new Set(Object.values(ACTES_LEVEL1).map(foldLabel));

const level1Cache = new Map<string, boolean>();

/** True when `text` is a level-1 label, ignoring case and accents. */
export function isActesLevel1Label(text: string): boolean {
  let known = level1Cache.get(text);
  if (known === undefined) {
    known = FOLDED_LEVEL1.has(foldLabel(text));
    if (level1Cache.size > 1000) {
      level1Cache.clear();
    }
    level1Cache.set(text, known);
  }
  return known;
}

/** Level-2 entries of one matière, in code order (`7.1`, `7.2`, …, `7.10`). */
export function level2Of(level1: string): { code: string; label: string }[] {
  return Object.entries(ACTES_LEVEL2)
    .filter(([code]) => code.split('.')[0] === level1)
    .map(([code, label]) => ({ code, label }))
    .sort((a, b) => Number(a.code.split('.')[1]) - Number(b.code.split('.')[1]));
}

/** « 7.1 Décisions budgétaires », or the code alone when unknown. */
export function classificationLabel(code: string): string {
  const label = code.includes('.') ? ACTES_LEVEL2[code] : ACTES_LEVEL1[code];
  return label ? `${code} ${label}` : code;
}

/**
 * How a citizen or an agent reads an act's classification: « 8.5 Politique de la ville… » for a
 * national code, « 9.99 — code inconnu » for a code outside the national list (with the label
 * the prefecture sent, if any, in parentheses), never a label made up from another level.
 */
export function classificationText(code: string, prefectureLabel?: string | null): string {
  const c = describeClassification(code);
  if (c.known) {
    return `${c.code} ${c.level2Label}`;
  }
  const label = prefectureLabel?.trim();
  return `${c.code} — code inconnu${label ? ` (${label})` : ''}`;
}

/** The label to store for a code: the national one, else the prefecture's (never level 1's). */
export function storedClassificationLabel(
  code: string,
  prefectureLabel?: string | null,
): string | null {
  const c = describeClassification(code);
  return c.known ? c.level2Label : prefectureLabel?.trim() || null;
}
