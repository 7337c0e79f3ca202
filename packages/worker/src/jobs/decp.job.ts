import { defineJob } from '../agenda.js';

/** A DECP file of the watched folder: imported (one report per buyer), then filed away. */
export const decpIngestJob = defineJob(
  'decp.ingest',
  async ({ data, services }) => {
    const imports = await services.contractImports.ingestFolderFile(data.path);
    const sum = (k: 'created' | 'updated' | 'unchanged' | 'refused') =>
      imports.reduce((s, i) => s + i[k], 0);
    const failed = imports.find((i) => i.message);
    return {
      status: 'done',
      detail: failed
        ? `Fichier refusé : ${failed.message}`
        : `${sum('created')} contrat(s) créé(s), ${sum('updated')} mis à jour, ${sum('unchanged')} inchangé(s), ${sum('refused')} refusé(s).`,
    };
  },
  { concurrency: 1 },
);

/** Regenerates a buyer's (or every buyer's) DECP JSON and XML files of a year. */
export const decpExportJob = defineJob(
  'decp.export',
  async ({ data, services }) => {
    const files = await services.decpExport.export(data.siren, data.year, 'on-demand');
    const label = `${data.siren ?? 'tous acheteurs'} ${data.year}`;
    const invalid = files.find((f) => !f.valid);
    return {
      status: 'done',
      detail: invalid
        ? `Fichiers DECP ${label} non publiés : ${invalid.errors[0]?.message ?? 'non conformes'}`
        : `Fichiers DECP ${label} : ${files[0]?.rowCount ?? 0} contrat(s), conformes.`,
    };
  },
  { concurrency: 1 },
);

/** Fetches one organisation's DECP source and imports it. */
export const decpSourceFetchJob = defineJob(
  'decp.source.fetch',
  async ({ data, services }) => {
    const s = await services.contractSources.fetch(data.sourceId);
    return {
      status: 'done',
      detail: s.lastError
        ? `Source non importée : ${s.lastError}`
        : s.lastStatus === 'NOT_MODIFIED'
          ? 'Source inchangée depuis la dernière récupération.'
          : 'Source récupérée et importée.',
    };
  },
  { concurrency: 2 },
);

/** Scheduled: every active source. */
export const decpSourcesJob = defineJob('decp.sources', async ({ services }) => {
  const n = await services.contractSources.fetchAll();
  return { status: 'done', detail: `${n} source(s) à récupérer.` };
});
