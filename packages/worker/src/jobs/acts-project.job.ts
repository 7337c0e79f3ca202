import { defineJob } from '../agenda.js';

/** After acts changed: search index and dataset refresh (public PDFs are checked live). */
export const actsProjectJob = defineJob(
  'acts.project',
  async ({ data, services, progress }) => {
    const r = await services.projection.projectActs(data.actIds, (done, total) =>
      progress((done / Math.max(1, total)) * 100, `${done} / ${total} actes propagés`),
    );
    return {
      status: 'done',
      detail: `${r.indexed} acte(s) publics indexés, ${r.removed} retiré(s).`,
    };
  },
  { concurrency: 2 },
);

/** An organisation's open data or annex setting changed: rebuild all of its public traces. */
export const organizationProjectJob = defineJob(
  'organization.project',
  async ({ data, services, progress }) => {
    const r = await services.projection.projectOrganization(data.siren, (done, total) =>
      progress((done / Math.max(1, total)) * 100, `${done} / ${total} actes propagés`),
    );
    return {
      status: 'done',
      detail: `${r.indexed} acte(s) publics indexés, ${r.removed} non publics.`,
    };
  },
);
