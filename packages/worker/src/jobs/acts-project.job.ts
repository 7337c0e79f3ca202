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
    // A deliberation of classification 1.1 naming a contract's id is linked to it.
    const linked = await services.contractEdits.autoLinkActs(data.actIds);
    return {
      status: 'done',
      detail: `${r.indexed} acte(s) publics indexés, ${r.removed} retiré(s)${linked ? `, ${linked} contrat(s) lié(s)` : ''}.`,
    };
  },
  { concurrency: 2 },
);

/** Rebuilds the acts search indexes from the database, online (one, or both). */
export const actsReindexJob = defineJob('acts.reindex', async ({ data, services, progress }) => {
  const indexes = data.index ? [data.index] : (['public', 'staff'] as const);
  const counts: string[] = [];
  for (const [i, index] of indexes.entries()) {
    const r = await services.projection.reindex(index, (done, total) =>
      progress(
        ((i + done / Math.max(1, total)) / indexes.length) * 100,
        `${done} / ${total} actes indexés (${index === 'staff' ? 'recherche des agents' : 'recherche publique'})`,
      ),
    );
    counts.push(
      `${r.indexed} acte(s) indexés pour la recherche ${index === 'staff' ? 'des agents' : 'publique'}`,
    );
  }
  return { status: 'done', detail: `${counts.join(', ')}.` };
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
