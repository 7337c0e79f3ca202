import { defineJob } from '../agenda.js';

/** Reads a budget act's TOTEM file into its budget document (progress: share of the XML read). */
export const budgetImportJob = defineJob(
  'budget.import',
  async ({ data, services, progress }) => {
    await progress(0, 'Lecture du fichier TOTEM');
    const r = await services.budgetImport.importAct(data.actId, (share) =>
      progress(share * 90, `${Math.round(share * 100)} % du fichier lu`),
    );
    const doc = r.doc;
    if (!doc) {
      return { status: 'done', detail: 'Acte introuvable ou d’une autre nature : rien à lire.' };
    }
    if (!r.changed) {
      return { status: 'done', detail: 'Fichier TOTEM déjà lu (mêmes octets) : rien de changé.' };
    }
    return doc.status === 'IMPORTED'
      ? {
          status: 'done',
          detail: `Document budgétaire lu : ${doc.lineCount} ligne(s), exercice ${doc.year}.`,
        }
      : { status: 'done', detail: `Document budgétaire illisible : ${doc.errorMessage ?? ''}` };
  },
  { concurrency: 2 },
);

/** Regenerates one SCDL Budget file; replaces the served file only when it validates. */
export const budgetExportJob = defineJob(
  'budget.export',
  async ({ data, services }) => {
    const d = await services.budgetExport.exportBudgets(data.siren, data.year, 'on-demand');
    const label = `${data.siren ?? 'toutes collectivités'} ${data.year}`;
    return {
      status: 'done',
      detail: d.valid
        ? `Fichier budget ${label} : ${d.rowCount} ligne(s), conforme.`
        : `Fichier budget ${label} non publié : ${d.errors[0]?.message ?? 'non conforme au schéma'}`,
    };
  },
  { concurrency: 1 },
);
