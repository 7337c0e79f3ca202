import { defineJob } from '../agenda.js';

/** PDF text for search, extracted once per document, outside the deposit's critical path. */
export const documentsExtractJob = defineJob(
  'documents.extract',
  async ({ data, services, progress }) => {
    const r = await services.documentText.extract(data.documentIds, (done, total) =>
      progress((done / Math.max(1, total)) * 100, `${done} / ${total} documents lus`),
    );
    return {
      status: r.extracted ? 'done' : 'skipped',
      detail: `Texte extrait pour ${r.acts} acte(s).`,
    };
  },
  { concurrency: 2 },
);
