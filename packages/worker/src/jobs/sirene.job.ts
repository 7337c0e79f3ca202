import { defineJob } from '../agenda.js';

/**
 * SIRENE enrichment: one organisation (on demand) or every organisation (scheduled). Without
 * SIRENE_API_KEY it does nothing; an API failure is recorded on the organisation, not thrown.
 */
export const sireneRefreshJob = defineJob(
  'sirene.refresh',
  async ({ data, services, progress }) => {
    if (!services.sirene.configured) {
      return { status: 'skipped', detail: 'API Sirene non configurée (SIRENE_API_KEY).' };
    }
    if (data.siren) {
      const s = await services.sirene.refresh(data.siren);
      return {
        status: 'done',
        detail:
          s.errorMessage ??
          `Sirene : ${s.legalName ?? data.siren}, ${s.establishments} établissement(s) diffusible(s).`,
      };
    }
    const r = await services.sirene.refreshAll((done, total) =>
      progress((done / total) * 100, `${done} / ${total} collectivités`),
    );
    return {
      status: 'done',
      detail: `Sirene : ${r.ok} collectivité(s) enrichie(s), ${r.notFound} inconnue(s), ${r.failed} en échec sur ${r.total}.`,
    };
  },
  { concurrency: 1 },
);
