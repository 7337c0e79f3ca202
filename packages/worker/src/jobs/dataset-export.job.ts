import { defineJob } from '../agenda.js';

/** Regenerates one SCDL Délibérations file; replaces the served file only when it validates. */
export const datasetExportJob = defineJob(
  'dataset.export',
  async ({ data, services }) => {
    const d = await services.datasetExport.exportDeliberations(data.siren, data.year, 'on-demand');
    const label = `${data.siren ?? 'toutes collectivités'} ${data.year}`;
    return {
      status: 'done',
      detail: d.valid
        ? `Fichier ${label} : ${d.rowCount} délibération(s), conforme.`
        : `Fichier ${label} non publié : ${d.errors[0]?.message ?? 'non conforme au schéma'}`,
    };
  },
  { concurrency: 1 },
);

/** Nightly: every file (deliberations and budgets) is regenerated from the database. */
export const datasetNightlyJob = defineJob(
  'dataset.nightly',
  async ({ services, em, progress }) => {
    const targets = [
      ...(await services.datasetExport.allTargets()).map((t) => ({ ...t, budgets: false })),
      ...(await services.budgetExport.allTargets()).map((t) => ({ ...t, budgets: true })),
    ];
    for (const [i, t] of targets.entries()) {
      if (t.budgets) {
        await services.budgetExport.exportBudgets(t.siren, t.year, 'nightly');
      } else {
        await services.datasetExport.exportDeliberations(t.siren, t.year, 'nightly');
      }
      em.clear();
      await progress(((i + 1) / targets.length) * 100, `${i + 1} / ${targets.length} fichiers`);
    }
    // DECP files too (the same nightly pass: the database is the source of truth).
    const decp = await services.decpExport.allTargets();
    for (const t of decp) {
      await services.decpExport.export(t.siren, t.year, 'nightly');
      em.clear();
    }
    return {
      status: 'done',
      detail: `${targets.length} fichier(s) de délibérations et ${decp.length} fichier(s) DECP régénérés.`,
    };
  },
);
