import type { EntityManager } from '@mikro-orm/core';
import { extractPdfText } from '../deposits/pdf-text.js';
import type { FileStore } from '../files/file-store.js';
import { childLogger } from '../logger.js';
import type { ActProjectionService } from './act-projection.service.js';
import { Document } from './document.entity.js';

const log = childLogger('documents');

/** Extracts each stored PDF's text once, keeps it, then re-projects the acts for search. */
export class DocumentTextService {
  constructor(
    private readonly em: EntityManager,
    private readonly files: FileStore,
    private readonly projection: ActProjectionService,
  ) {}

  async extract(documentIds: string[], progress?: (done: number, total: number) => Promise<void>) {
    const docs = await this.em.find(Document, { id: { $in: documentIds } }, { populate: ['extractedText'] });
    const actIds = new Set<string>();
    let done = 0;
    for (const doc of docs) {
      if (doc.extractedText == null && doc.mediaType === 'application/pdf') {
        const bytes = await this.files.get(doc.storageKey);
        const result = await extractPdfText(bytes);
        if (result.warnings.length) {
          log.info({ documentId: doc.id, warnings: result.warnings }, 'pdf text extracted with warnings');
        }
        doc.extractedText = result.text;
        actIds.add(doc.act.id);
        await this.em.flush();
      }
      await progress?.(++done, docs.length);
    }
    if (actIds.size) {
      await this.projection.projectActs([...actIds]);
    }
    return { extracted: actIds.size ? done : 0, acts: actIds.size };
  }
}
