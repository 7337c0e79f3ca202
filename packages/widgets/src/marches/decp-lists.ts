/** The DECP 2.0 code lists a citizen filters on (format-commande-publique). */
export const NATURES = [
  'Marché',
  'Marché de partenariat',
  'Marché de défense ou de sécurité',
  'Concession de travaux',
  'Concession de service',
  'Concession de service public',
  'Délégation de service public',
];

export const PROCEDURES = [
  'Procédure adaptée',
  "Appel d'offres ouvert",
  "Appel d'offres restreint",
  'Procédure avec négociation',
  'Marché passé sans publicité ni mise en concurrence préalable',
  'Dialogue compétitif',
  'Procédure négociée ouverte',
  'Procédure non négociée ouverte',
  'Procédure négociée restreinte',
  'Procédure non négociée restreinte',
];
