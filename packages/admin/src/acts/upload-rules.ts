/** Same limits as the api (`act-upload.service.ts`): checked before sending, in French. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_FILES = 20;

const ANNEX_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'odt', 'ods', 'docx', 'xlsx', 'csv'];
export const ANNEX_ACCEPT = ANNEX_EXTENSIONS.map((e) => `.${e}`).join(',');

const extension = (name: string) => name.split('.').pop()?.toLowerCase() ?? '';

/** What the main document may be: a PDF, or for a budget act its TOTEM file (XML). */
export function mainFileKind(nature: string | null): { label: string; accept: string } {
  return nature === 'BUDGET'
    ? {
        label: 'PDF, ou fichier budgétaire TOTEM en XML',
        accept: '.pdf,.xml,application/pdf,text/xml',
      }
    : { label: 'PDF', accept: '.pdf,application/pdf' };
}

/** Problems with the chosen files (empty when they can be sent). */
export function fileProblems(
  main: File | null,
  annexes: File[],
  nature: string | null = null,
): string[] {
  const problems: string[] = [];
  const budget = nature === 'BUDGET';
  const pdf = (f: File) => extension(f.name) === 'pdf' || f.type === 'application/pdf';
  const xml = (f: File) => extension(f.name) === 'xml' || /[/+]xml$/.test(f.type);
  if (!main) {
    problems.push(`Joignez le document principal (${mainFileKind(nature).label}).`);
  } else if (!pdf(main) && !(budget && xml(main))) {
    problems.push(
      `« ${main.name} » : le document principal doit être un PDF${budget ? ' ou le fichier budgétaire TOTEM (XML)' : ''}.`,
    );
  }
  for (const f of annexes) {
    if (!ANNEX_EXTENSIONS.includes(extension(f.name))) {
      problems.push(`« ${f.name} » : type de fichier non accepté (PDF, images, bureautique, CSV).`);
    }
  }
  for (const f of [main, ...annexes]) {
    if (f && f.size > MAX_FILE_BYTES) {
      problems.push(`« ${f.name} » dépasse 50 Mo.`);
    }
    if (f && f.size === 0) {
      problems.push(`« ${f.name} » est vide.`);
    }
  }
  if (annexes.length + 1 > MAX_FILES) {
    problems.push(`${MAX_FILES} fichiers au plus par acte.`);
  }
  return problems;
}

export const requiredText = (what: string) => (v: string | null | undefined) =>
  (v ?? '').trim().length > 0 || `${what} est obligatoire.`;
export const actNumberRules = [
  requiredText('Le numéro'),
  (v: string | null | undefined) => (v ?? '').trim().length <= 64 || '64 caractères au plus.',
];
export const classificationRules = [
  (v: string | null | undefined) =>
    !v || /^\d+(\.\d+){0,4}$/.test(v.trim()) || 'Code de classification invalide (exemple : 1.1).',
];
export const dateRules = [
  (v: string | null | undefined) =>
    (!!v && /^\d{4}-\d{2}-\d{2}$/.test(v)) || 'Choisissez une date.',
];
