/** Vuetify rules for an act's subject: required, at most 2000 characters (same as the api). */
export const SUBJECT_MAX = 2000;

export const subjectRules = [
  (v: string | null | undefined) => (v ?? '').trim().length > 0 || 'L’objet ne peut pas être vide.',
  (v: string | null | undefined) =>
    (v ?? '').trim().length <= SUBJECT_MAX ||
    `L’objet ne peut pas dépasser ${SUBJECT_MAX} caractères.`,
];
