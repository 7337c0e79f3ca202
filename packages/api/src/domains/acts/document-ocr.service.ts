import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../core/config.js';
import { InvalidInputError } from '../../core/errors.js';
import { childLogger } from '../../core/logger.js';
import type { Ports } from '../../core/ports.js';
import type { FileStore } from '../../infra/files/file-store.js';
import type { OcrEngine } from '../../infra/ocr/ocr-engine.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import type { ActProjectionService } from './act-projection.service.js';
import type { ActService } from './act.service.js';
import { DocumentTextSource, OcrStatus } from './act.enums.js';
import { Document } from './document.entity.js';

const log = childLogger('ocr');

export type OcrRunResult =
  { kind: 'skipped'; reason: string } | { kind: 'done'; pages: number; confidence: number | null };

/**
 * OCR of the PDFs whose text layer is empty or negligible (`needsOcr`), one document per job,
 * never on the intake path: the text layer (a stamp, often) stays searchable meanwhile, and the
 * recognised text is added to it, then the act is re-projected like after any text change.
 */
export class DocumentOcrService {
  constructor(
    private readonly em: EntityManager,
    private readonly files: FileStore,
    private readonly engine: OcrEngine,
    private readonly config: Config['ocr'],
    private readonly projection: ActProjectionService,
    private readonly ports: Ports,
    private readonly staff: { acts: ActService; audit: AuditService },
  ) {}

  get enabled(): boolean {
    return this.config.maxPages > 0;
  }

  /** Marks documents as waiting for OCR and queues one job each (after their flush). */
  async queue(docs: Document[]): Promise<void> {
    for (const doc of docs) {
      await this.ports.enqueue('document.ocr', {
        documentId: doc.id,
        sirens: [doc.act.organization.siren],
      });
    }
  }

  /**
   * Runs OCR on one document (the job). A failure is recorded on the document with its French
   * reason and thrown, so that the job is retried once and staff read the reason in « Activité ».
   */
  async run(documentId: string, onPage?: (done: number, total: number) => Promise<void>) {
    const doc = await this.em.findOne(
      Document,
      { id: documentId },
      { populate: ['extractedText', 'act', 'act.organization'] },
    );
    if (!doc || doc.mediaType !== 'application/pdf' || doc.act.deletedAt) {
      return { kind: 'skipped', reason: 'Document absent, supprimé ou non PDF.' } as const;
    }
    if (!this.enabled) {
      return { kind: 'skipped', reason: 'Reconnaissance du texte désactivée.' } as const;
    }
    if (doc.ocrStatus !== OcrStatus.PENDING && doc.ocrStatus !== OcrStatus.FAILED) {
      return { kind: 'skipped', reason: 'Texte déjà reconnu.' } as const;
    }
    const result = await this.engine.recognizePdf(await this.files.get(doc.storageKey), {
      maxPages: this.config.maxPages,
      pageTimeoutMs: this.config.pageTimeoutMs,
      onPage,
    });
    if (result.failure) {
      doc.ocrStatus = OcrStatus.FAILED;
      doc.ocrError = result.failure.slice(0, 300);
      await this.em.flush();
      await this.changed(doc, 'document_ocr_failed');
      throw new InvalidInputError('documents/ocr_failed', result.failure);
    }
    const layer = doc.textSource === DocumentTextSource.OCR ? '' : (doc.extractedText ?? '');
    doc.extractedText = [layer, result.text].filter(Boolean).join('\n\n');
    doc.textSource = DocumentTextSource.OCR;
    doc.ocrStatus = OcrStatus.DONE;
    doc.ocrConfidence = result.confidence;
    doc.ocrError = result.warnings.length ? result.warnings.join(' ').slice(0, 300) : null;
    await this.em.flush();
    log.info(
      { documentId, pages: result.pagesRead, confidence: result.confidence },
      'document text recognised',
    );
    await this.changed(doc, 'document_ocr_done');
    await this.projection.projectActs([doc.act.id], undefined, { files: false });
    return { kind: 'done', pages: result.pagesRead, confidence: result.confidence } as const;
  }

  /** Staff (editor or more of the act's organisation): « Relancer la reconnaissance du texte ». */
  async rerun(documentId: string): Promise<Document> {
    const doc = await this.staff.acts.editableDocument(documentId);
    if (doc.mediaType !== 'application/pdf') {
      throw new InvalidInputError('documents/not_a_pdf', 'Seul un PDF peut être relu par OCR.');
    }
    if (!this.enabled) {
      throw new InvalidInputError(
        'documents/ocr_disabled',
        'La reconnaissance du texte est désactivée sur cette plateforme.',
      );
    }
    this.staff.audit.record(
      'document.rerun_ocr',
      { type: 'Document', id: doc.id, siren: doc.act.organization.siren },
      { ocrStatus: doc.ocrStatus ?? null },
      { ocrStatus: OcrStatus.PENDING },
    );
    doc.ocrStatus = OcrStatus.PENDING;
    doc.ocrError = null;
    await this.em.flush();
    await this.queue([doc]);
    await this.changed(doc, 'document_ocr_queued');
    return doc;
  }

  /** Open act pages (the staff's colleagues too) follow the document's OCR without a reload. */
  private async changed(doc: Document, change: string): Promise<void> {
    await this.ports.publish('ACT_CHANGED', {
      actId: doc.act.id,
      siren: doc.act.organization.siren,
      status: doc.act.status,
      change,
      at: new Date().toISOString(),
    });
  }
}
