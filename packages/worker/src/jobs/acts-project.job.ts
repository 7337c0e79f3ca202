import { defineJob } from '../agenda.js';

/** After acts changed: search index and dataset refresh (public PDFs are checked live). */
export const actsProjectJob = defineJob(
  'acts.project',
  async ({ data, services, progress }) => {
    const r = await services.projection.projectActs(data.actIds, (done, total) =>
      progress((done / Math.max(1, total)) * 100, `${done} / ${total} actes propagés`),
    );
    // Budget acts: read a new TOTEM file, refresh the budget files their visibility feeds.
    await services.budgetImport.afterActsChanged(data.actIds, data.reason);
    return {
      status: 'done',
      detail: `${r.indexed} acte(s) publics indexés, ${r.removed} retiré(s).`,
    };
  },
  { concurrency: 2 },
);

/** Builds the staff search index from every act (started by a worker when it finds it empty). */
export const actsReindexJob = defineJob('acts.reindex', async ({ services, progress }) => {
  const r = await services.projection.reindexStaff((done, total) =>
    progress((done / Math.max(1, total)) * 100, `${done} / ${total} actes indexés`),
  );
  return { status: 'done', detail: `${r.indexed} acte(s) indexés pour la recherche des agents.` };
});

/** An organisation's open data or annex setting changed: rebuild all of its public traces. */
export const organizationProjectJob = defineJob(
  'organization.project',
  async ({ data, services, progress }) => {
    const r = await services.projection.projectOrganization(data.siren, (done, total) =>
      progress((done / Math.max(1, total)) * 100, `${done} / ${total} actes propagés`),
    );
    await services.budgetImport.afterOrganizationChanged(data.siren);
    return {
      status: 'done',
      detail: `${r.indexed} acte(s) publics indexés, ${r.removed} non publics.`,
    };
  },
);
