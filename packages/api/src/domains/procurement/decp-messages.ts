import type { JsonSchemaIssue } from '../../infra/json-schema/json-schema-validator.js';

/** French labels of the fields a buyer's staff reads in a report. */
const FIELD: Record<string, string> = {
  id: 'identifiant (id)',
  acheteur: 'acheteur',
  autoriteConcedante: 'autorité concédante',
  nature: 'nature',
  objet: 'objet',
  codeCPV: 'code CPV',
  techniques: 'techniques d’achat',
  modalitesExecution: 'modalités d’exécution',
  marcheInnovant: 'marché innovant',
  ccag: 'CCAG',
  offresRecues: 'nombre d’offres reçues',
  attributionAvance: 'attribution d’une avance',
  tauxAvance: 'taux de l’avance',
  typeGroupementOperateurs: 'type de groupement',
  sousTraitanceDeclaree: 'sous-traitance déclarée',
  procedure: 'procédure',
  lieuExecution: 'lieu d’exécution',
  dureeMois: 'durée en mois',
  dateNotification: 'date de notification',
  datePublicationDonnees: 'date de publication des données',
  montant: 'montant',
  typesPrix: 'types de prix',
  formePrix: 'forme du prix',
  titulaires: 'titulaires',
  considerationsSociales: 'considérations sociales',
  considerationsEnvironnementales: 'considérations environnementales',
  modifications: 'modifications',
  dateSignature: 'date de signature',
  dateDebutExecution: 'date de début d’exécution',
  valeurGlobale: 'valeur globale',
  montantSubventionPublique: 'montant de la subvention publique',
  concessionnaires: 'concessionnaires',
  donneesExecution: 'données d’exécution',
};

const label = (key: string) => (FIELD[key] ? `${FIELD[key]} (${key})` : `« ${key} »`);

function lastKey(pointer: string): string {
  const parts = pointer.split('/').filter((p) => p && !/^\d+$/.test(p));
  return parts.at(-1) ?? '';
}

/** One JSON Schema violation → a sentence a buyer's staff understands. */
export function frenchMessage(issue: JsonSchemaIssue): string {
  const p = issue.params;
  const key = lastKey(issue.pointer);
  const where = key ? label(key) : 'l’enregistrement';
  switch (issue.keyword) {
    case 'required':
      return `Champ obligatoire manquant : ${label(String(p.missingProperty))}.`;
    case 'additionalProperties':
      return p.additionalProperty === '_type'
        ? 'Champ « _type » refusé : il appartient au format 1.x et le format 2.0.3 l’interdit.'
        : `Champ inconnu du format DECP 2.0 : « ${String(p.additionalProperty)} ».`;
    case 'enum':
      return `Valeur non autorisée pour ${where} ; valeurs permises : ${(
        p.allowedValues as unknown[]
      )
        .map((v) => `« ${String(v)} »`)
        .join(', ')}.`;
    case 'type':
      return `Type incorrect pour ${where} : ${TYPE[String(p.type)] ?? String(p.type)} attendu.`;
    case 'pattern':
      return key === 'codeCPV'
        ? 'Code CPV invalide : 8 chiffres attendus, éventuellement suivis d’un tiret et du chiffre de contrôle (ex. 45000000 ou 45000000-7).'
        : /date/i.test(key)
          ? `Date invalide pour ${where} : format AAAA-MM-JJ attendu.`
          : key === 'id' && /acheteur|autoriteConcedante/.test(issue.pointer)
            ? `SIRET invalide pour ${label(issue.pointer.split('/')[1] ?? 'acheteur')} : 14 chiffres attendus.`
            : `Format invalide pour ${where}.`;
    case 'minimum':
      return `Valeur trop petite pour ${where} : au moins ${String(p.limit)}.`;
    case 'maximum':
      return `Valeur trop grande pour ${where} : au plus ${String(p.limit)}.`;
    case 'maxLength':
      return `Texte trop long pour ${where} : ${String(p.limit)} caractères au plus.`;
    case 'minLength':
      return `Valeur vide pour ${where}.`;
    case 'minItems':
      return `Liste vide pour ${where} : au moins ${String(p.limit)} élément(s), ou omettre le champ s’il est facultatif.`;
    case 'uniqueItems':
      return `Doublon dans ${where} : chaque élément ne peut figurer qu’une fois.`;
    default:
      return `Non conforme au schéma DECP 2.0.3 (${where} : ${issue.message}).`;
  }
}

const TYPE: Record<string, string> = {
  number: 'un nombre',
  integer: 'un nombre entier',
  string: 'un texte',
  boolean: 'un booléen (true ou false)',
  object: 'un objet',
  array: 'une liste',
};

/** The most useful issues first, and one per place (anyOf/oneOf noise dropped). */
export function usefulIssues(issues: JsonSchemaIssue[]): JsonSchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (['anyOf', 'oneOf', 'if'].includes(i.keyword)) {
      return false;
    }
    const k = `${i.pointer}|${i.keyword}|${String(i.params.missingProperty ?? i.params.additionalProperty ?? '')}`;
    if (seen.has(k)) {
      return false;
    }
    seen.add(k);
    return true;
  });
}
