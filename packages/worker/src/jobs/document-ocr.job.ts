import { defineJob } from '../agenda.js';

/**
 * OCR of one scanned PDF, after its text extraction and off the intake path: lowest priority, as
 * many runs at once as OCR threads by default (more would only wait for a thread), retried once
 * when it fails (the reason stays on the document and in « Activité »).
 */
export const documentOcrJob = defineJob(
  'document.ocr',
  async ({ data, services, progress }) => {
    const r = await services.documentOcr.run(data.documentId, (done, total) =>
      progress((done / Math.max(1, total)) * 100, `${done} / ${total} pages lues`),
    );
    if (r.kind === 'skipped') {
      return { status: 'skipped', detail: r.reason };
    }
    const confidence = r.confidence === null ? '' : ` (confiance ${Math.round(r.confidence)} %)`;
    return { status: 'done', detail: `Texte reconnu sur ${r.pages} page(s)${confidence}.` };
  },
  {
    concurrency: 2,
    priority: -10,
    lockLifetimeMs: 60 * 60_000,
    retry: { maxRetries: 1, delayMs: 30_000 },
  },
);
