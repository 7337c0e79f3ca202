import { defineJob } from '../agenda.js';

/**
 * Regenerates one SCDL Délibérations file (replaced only when it validates) and, for one
 * organisation, the yearly listing of its public act PDFs (the acts of the year changed).
 */
export const datasetExportJob = defineJob(
  'dataset.export',
  async ({ data, services }) => {
    const listing = data.siren
      ? await services.datasetExport.exportActListing(data.siren, data.year, 'on-demand')
      : null;
    const label = `${data.siren ?? 'toutes collectivités'} ${data.year}`;
    const pdfs = listing ? ` Liste des PDF des actes : ${listing.rowCount} document(s).` : '';
    if (data.actsOnly) {
      return { status: 'done', detail: `Actes ${label} :${pdfs || ' aucun document public.'}` };
    }
    const d = await services.datasetExport.exportDeliberations(data.siren, data.year, 'on-demand');
    return {
      status: 'done',
      detail: d.valid
        ? `Fichier ${label} : ${d.rowCount} délibération(s), conforme.${pdfs}`
        : `Fichier ${label} non publié : ${d.errors[0]?.message ?? 'non conforme au schéma'}${pdfs}`,
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
    // The acts' PDF listings, and the DECP files (the database is the source of truth).
    const listings = await services.datasetExport.actListingTargets();
    for (const t of listings) {
      await services.datasetExport.exportActListing(t.siren, t.year, 'nightly');
      em.clear();
    }
    const decp = await services.decpExport.allTargets();
    for (const t of decp) {
      await services.decpExport.export(t.siren, t.year, 'nightly');
      em.clear();
    }
    return {
      status: 'done',
      detail: `${targets.length} fichier(s) de délibérations et budgets, ${listings.length} liste(s) des PDF des actes et ${decp.length} fichier(s) DECP régénérés.`,
    };
  },
);
