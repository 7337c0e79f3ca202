import type { EntityManager } from '@mikro-orm/core';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import {
  describeClassification,
  storedClassificationLabel,
} from '../../shared/actes-nomenclature.js';
import { detectMediaType } from '../../infra/files/media-type.js';
import { ConflictError, InvalidInputError } from '../../core/errors.js';
import type { FileStore } from '../../infra/files/file-store.js';
import { ActNature, ActSource, ActStatus, PublicationDecision } from './act.enums.js';
import { Act } from './act.entity.js';
import type { CreateActInput } from './act.inputs.js';
import type { ActService } from './act.service.js';
import { Document } from './document.entity.js';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 20;
const ANNEX_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
]);

/**
 * A main document is a PDF; a budget act's may instead be its TOTEM file (XML), read into a budget
 * document by the `budget.import` job as for a Pastell deposit (an unreadable one is reported on
 * the act, the act itself is kept).
 */
function mainTypeAccepted(nature: ActNature, mediaType: string, bytes: Buffer): boolean {
  return (
    mediaType === 'application/pdf' ||
    (nature === ActNature.BUDGET && mediaType === 'application/xml' && looksLikeTotem(bytes))
  );
}

/** A TOTEM document or a CFU names its root in its first bytes (any other XML is refused here). */
function looksLikeTotem(bytes: Buffer): boolean {
  return /<(?:[\w-]+:)?(?:DocumentBudgetaire|CompteFinancierUnique)[\s>]/.test(
    bytes.subarray(0, 4096).toString('latin1'),
  );
}

/** Acts sent outside teletransmission, created by staff with their files (GraphQL multipart). */
export class ActUploadService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly files: FileStore | undefined,
    private readonly acts: ActService,
  ) {}

  async create(input: CreateActInput, uploads: Promise<FileUpload>[]): Promise<Act> {
    const org = await this.access.requireOrganization(input.siren, Role.EDITOR);
    if (!uploads.length || uploads.length > MAX_UPLOAD_FILES) {
      throw new InvalidInputError(
        'acts/files_required',
        `Joignez de 1 à ${MAX_UPLOAD_FILES} fichiers (le premier est le document principal, en PDF).`,
      );
    }
    if (!this.files) {
      throw new Error('file store not configured');
    }
    if (input.publish && input.nature === ActNature.INDIVIDUAL) {
      throw new InvalidInputError(
        'acts/individual_not_publishable',
        'Un acte individuel contient des données personnelles : il ne peut pas être publié.',
      );
    }
    const number = input.number.trim();
    if (await this.em.count(Act, { organization: org, number, date: input.date })) {
      throw new ConflictError(
        'acts/duplicate',
        `L’acte n° ${number} du ${input.date} existe déjà pour cette collectivité : ouvrez-le pour le modifier.`,
      );
    }
    const mainCount = Math.max(1, Math.min(input.mainFileCount ?? 1, uploads.length));
    const stored = [];
    for (const [i, pending] of uploads.entries()) {
      const upload = await pending;
      const bytes = await readLimited(upload);
      const mediaType = detectMediaType(upload.filename, bytes);
      const main = i < mainCount;
      if (main ? !mainTypeAccepted(input.nature, mediaType, bytes) : !ANNEX_TYPES.has(mediaType)) {
        throw new InvalidInputError(
          'acts/unsupported_file',
          main
            ? `« ${upload.filename} » : le document principal doit être un PDF${input.nature === ActNature.BUDGET ? ' ou le fichier budgétaire TOTEM (XML)' : ''}.`
            : `« ${upload.filename} » : type de fichier non accepté (PDF, images, bureautique, CSV).`,
        );
      }
      const put = await this.files.put(bytes);
      stored.push({
        fileName: upload.filename.normalize('NFC'),
        mediaType,
        size: put.size,
        sha256: put.sha256,
        storageKey: put.key,
        annex: !main,
      });
    }
    const cls = input.classificationCode ? describeClassification(input.classificationCode) : null;
    const publish = !!input.publish;
    const act = this.em.create(Act, {
      organization: org,
      number,
      date: input.date,
      prefectureAckDate: input.prefectureAckDate ?? null,
      subject: input.subject.trim(),
      nature: input.nature,
      natureDetail: input.natureDetail ?? null,
      classificationCode: cls?.code ?? null,
      classificationLabel: cls ? storedClassificationLabel(cls.code) : null,
      classificationUnknown: !!cls && !cls.known,
      publicationDecision: publish ? PublicationDecision.PUBLISH : PublicationDecision.UNDECIDED,
      status: publish ? ActStatus.PUBLISHED : ActStatus.TO_DECIDE,
      publishedAt: publish ? new Date() : null,
      source: ActSource.UPLOAD,
    });
    const docs = stored.map((s, position) =>
      this.em.create(Document, {
        act,
        fileName: s.fileName,
        mediaType: s.mediaType,
        size: s.size,
        sha256: s.sha256,
        storageKey: s.storageKey,
        annex: s.annex,
        position,
        extractedText: null,
      }),
    );
    this.audit.record('act.create', { type: 'Act', id: act.id, siren: org.siren }, undefined, {
      number: act.number,
      subject: act.subject,
      status: act.status,
      files: stored.map((s) => s.fileName),
    });
    await this.em.flush();
    await this.acts.propagate([act], 'create');
    await this.acts.extractText(
      docs.filter((d) => d.mediaType === 'application/pdf').map((d) => d.id),
    );
    return act;
  }
}

async function readLimited(upload: FileUpload): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of upload.createReadStream()) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) {
      throw new InvalidInputError(
        'acts/file_too_large',
        `« ${upload.filename} » dépasse ${MAX_UPLOAD_BYTES / 1024 / 1024} Mo.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) {
    throw new InvalidInputError('acts/empty_file', `« ${upload.filename} » est vide.`);
  }
  return Buffer.concat(chunks);
}
