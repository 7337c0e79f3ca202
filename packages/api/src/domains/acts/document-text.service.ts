import type { EntityManager } from '@mikro-orm/core';
import type { PdfTextExtractor } from '../../infra/pdf/pdf-text.js';
import type { FileStore } from '../../infra/files/file-store.js';
import { childLogger } from '../../core/logger.js';
import { needsOcr } from '../../infra/ocr/ocr-engine.js';
import type { ActProjectionService } from './act-projection.service.js';
import { DocumentTextSource, OcrStatus } from './act.enums.js';
import type { DocumentOcrService } from './document-ocr.service.js';
import { Document } from './document.entity.js';

const log = childLogger('documents');

/**
 * Extracts each stored PDF's text once, keeps it, then re-projects the acts for search. A PDF
 * without a usable text layer (`needsOcr`) is marked for OCR and gets its own `document.ocr`
 * job: its act is projected now with what it has, and again once the OCR is done.
 */
export class DocumentTextService {
  constructor(
    private readonly em: EntityManager,
    private readonly files: FileStore,
    private readonly pdfText: PdfTextExtractor,
    private readonly projection: ActProjectionService,
    private readonly ocr?: DocumentOcrService,
  ) {}

  async extract(documentIds: string[], progress?: (done: number, total: number) => Promise<void>) {
    const docs = await this.em.find(
      Document,
      { id: { $in: documentIds } },
      { populate: ['extractedText', 'act.organization'] },
    );
    const actIds = new Set<string>();
    const scans: Document[] = [];
    let done = 0;
    // As many PDFs at once as there are extraction threads; their texts are kept together.
    const todo = docs.filter(
      (doc) => doc.extractedText == null && doc.mediaType === 'application/pdf',
    );
    const width = Math.max(1, this.pdfText.threads);
    for (let i = 0; i < todo.length; i += width) {
      const chunk = todo.slice(i, i + width);
      const results = await Promise.all(
        chunk.map(async (doc) => this.pdfText.extract(await this.files.get(doc.storageKey))),
      );
      chunk.forEach((doc, j) => {
        const result = results[j]!;
        if (result.warnings.length) {
          log.info(
            { documentId: doc.id, warnings: result.warnings },
            'pdf text extracted with warnings',
          );
        }
        doc.extractedText = result.text;
        doc.textSource = DocumentTextSource.TEXT_LAYER;
        if (this.ocr?.enabled && needsOcr(result.text, result.pages)) {
          doc.ocrStatus = OcrStatus.PENDING;
          scans.push(doc);
        }
        actIds.add(doc.act.id);
      });
      await this.em.flush();
      done += chunk.length;
      await progress?.(done, todo.length);
    }
    if (actIds.size) {
      await this.projection.projectActs([...actIds], undefined, { files: false });
    }
    await this.ocr?.queue(scans);
    return { extracted: done, acts: actIds.size, scans: scans.length };
  }
}
