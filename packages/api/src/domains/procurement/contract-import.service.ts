import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { uuidv7 } from '../../core/ids.js';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { DepositLayout, moveFile, originalDepositName } from '../deposits/deposit-layout.js';
import { ContractImport } from './contract-import.entity.js';
import type { ContractImportsArgs } from './contract.inputs.js';
import type { DecpIntakeService } from './decp-intake.service.js';
import { decpUploadsDir } from './decp-uploads.js';
import { ContractImportOrigin, ContractImportStatus } from './procurement.enums.js';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function tooLargeMessage(maxBytes: number) {
  return `Fichier trop volumineux : ${mb(maxBytes)} Mo au plus.`;
}

/** Reads a stream into memory, refusing more than `maxBytes`. */
export async function readLimited(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes) {
      throw new InvalidInputError('procurement/file_too_large', tooLargeMessage(maxBytes));
    }
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

/** Writes a stream to a file, refusing more than `maxBytes`; returns the size written. */
export async function spoolLimited(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  file: string,
): Promise<number> {
  let size = 0;
  await pipeline(
    chunks,
    async function* (source: AsyncIterable<Uint8Array>) {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > maxBytes) {
          throw new InvalidInputError('procurement/file_too_large', tooLargeMessage(maxBytes));
        }
        yield chunk;
      }
    },
    createWriteStream(file, { flags: 'wx' }),
  );
  return size;
}

/** DECP imports: staff uploads, the watched folder, and the reports. */
export class ContractImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly intake: DecpIntakeService,
    private readonly maxBytes: number,
    private readonly decpDir: string,
  ) {}

  async list(args: ContractImportsArgs): Promise<Connection<ContractImport>> {
    const org = await this.access.requireOrganization(args.siren, Role.VIEWER);
    const { offset, limit } = pageWindow(args);
    const [items, total] = await this.em.findAndCount(
      ContractImport,
      { organization: org },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset },
    );
    return toConnection(items, total, offset);
  }

  /** One report; one about no organisation is for platform administrators only. */
  async get(id: string): Promise<ContractImport | null> {
    this.access.requireStaff();
    const imp = await this.em.findOne(ContractImport, { id }, { populate: ['organization'] });
    if (!imp) {
      return null;
    }
    const readable = imp.organization
      ? await this.access.can(imp.organization.id, Role.VIEWER)
      : (await this.access.readableOrgIds()) === 'all';
    return readable ? imp : null;
  }

  async upload(siren: string, file: Promise<FileUpload>): Promise<ContractImport[]> {
    await this.access.requireOrganization(siren, Role.EDITOR);
    const upload = await file;
    // Spooled to disk (never held whole in memory), then read as a stream by the intake.
    const dir = decpUploadsDir(this.decpDir);
    await mkdir(dir, { recursive: true });
    const spooled = path.join(dir, `${uuidv7()}.part`);
    try {
      const size = await spoolLimited(upload.createReadStream(), this.maxBytes, spooled);
      if (size === 0) {
        throw new InvalidInputError('procurement/empty_file', `« ${upload.filename} » est vide.`);
      }
      return await this.intake.intake({
        path: spooled,
        fileName: path.basename(upload.filename || 'decp'),
        origin: ContractImportOrigin.UPLOAD,
        siren,
      });
    } finally {
      await rm(spooled, { force: true });
    }
  }

  /**
   * A file of the watched folder (already in `queued/`): imported, then moved to `processed/`,
   * or to `quarantine/` when nothing of it could be kept.
   */
  async ingestFolderFile(filePath: string): Promise<ContractImport[]> {
    const layout = new DepositLayout(this.decpDir);
    await layout.ensure();
    const fileName = originalDepositName(filePath);
    let info;
    try {
      info = await stat(filePath);
    } catch {
      throw new NotFoundError('procurement/file_gone', `Fichier introuvable : ${fileName}.`);
    }
    let imports: ContractImport[];
    if (info.size > this.maxBytes) {
      imports = [
        this.em.create(ContractImport, {
          origin: ContractImportOrigin.FOLDER,
          fileName: fileName.slice(0, 255),
          size: info.size,
          status: ContractImportStatus.FAILED,
          errorCode: 'procurement/file_too_large',
          message: tooLargeMessage(this.maxBytes),
        }),
      ];
      await this.em.flush();
    } else {
      imports = await this.intake.intake({
        path: filePath,
        fileName,
        origin: ContractImportOrigin.FOLDER,
      });
    }
    const failed = imports.every((i) => i.status === ContractImportStatus.FAILED);
    await moveFile(
      filePath,
      layout.settledPath(failed ? 'quarantine' : 'processed', imports[0]!.id, fileName),
    );
    return imports;
  }
}
