import { defineJob } from '../agenda.js';

/**
 * Pushes one organisation's datasets to data.gouv.fr (or udata); without a SIREN (the nightly
 * run), queues one push per organisation whose push is on. Each push is recorded (`datasetPushes`).
 */
export const datagouvPushJob = defineJob(
  'datagouv.push',
  async ({ data, services, jobId, progress }) => {
    if (!data.siren) {
      const n = await services.datagouvPush.queueEnabled();
      return { status: 'done', detail: `${n} publication(s) vers data.gouv.fr programmée(s).` };
    }
    const push = await services.datagouvPush.run(data.siren, {
      trigger: data.trigger ?? 'manual',
      jobId,
      onProgress: (percent, message) => progress(percent, message),
    });
    if (push.errorMessage) {
      return { status: 'done', detail: `Publication non faite : ${push.errorMessage}` };
    }
    const sets = push.results.length;
    return {
      status: 'done',
      detail:
        push.failed > 0 || push.status !== 'SUCCEEDED'
          ? `Publication partielle : ${sets} jeu(x), ${push.uploaded} fichier(s) envoyé(s), ${push.failed} en échec.`
          : `Publication faite : ${sets} jeu(x), ${push.uploaded} fichier(s) envoyé(s), le reste inchangé.`,
    };
  },
  // Sequential: the remote wants a few requests per second per platform at most.
  { concurrency: 1, lockLifetimeMs: 30 * 60_000 },
);
