import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { sha256Hex } from '../../core/sha256.js';
import { describeClassification } from '../../shared/actes-nomenclature.js';
import { originalDepositName } from './deposit-layout.js';
import { depositErrorOf, DepositError } from './deposit-error.js';
import { detectMediaType, extensionOf } from '../../infra/files/media-type.js';
import {
  pastellIdFromFileName,
  parsePastellMetadata,
  type PastellDeposit,
} from './pastell-metadata.js';
import {
  DEFAULT_UNZIP_LIMITS,
  readZipEntries,
  unsafePathReason,
  type UnzipLimits,
  type ZipEntryData,
} from '../../infra/zip/safe-unzip.js';
import { ZipError } from '../../infra/zip/zip-error.js';

export type DepositFileRole = 'original' | 'stamped' | 'annex';

export interface DepositFile {
  /** `original` (arrete), `stamped` (acte_tamponne) or `annex` (autre_document_attache). */
  role: DepositFileRole;
  /** Main document of the act: the stamped copies when there are any, else the originals. */
  main: boolean;
  /** Name exactly as listed in metadata.json (UTF-8, untouched). */
  fileName: string;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
  size: number;
}

export interface ParsedDeposit {
  deposit: PastellDeposit;
  /** Main documents first, then annexes, then originals superseded by stamped copies. */
  files: DepositFile[];
  /** Non-blocking remarks for staff, in French. */
  warnings: string[];
  /** SHA-256 and size of the zip itself (idempotency key with `deposit.idD`). */
  zipSha256: string;
  zipSize: number;
}

export interface ParseDepositOptions {
  limits?: Partial<UnzipLimits>;
  /** Largest accepted metadata.json. */
  maxMetadataBytes?: number;
}

/** SHA-256 and size of a file, streamed. */
export async function hashFile(filePath: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(filePath)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

const METADATA = 'metadata.json';

/** A deposit zip read once: its bytes (null when over the size limit), SHA-256 and size. */
export interface DepositSource {
  path: string;
  bytes: Buffer | null;
  sha256: string;
  size: number;
}

/**
 * Reads a deposit zip once into memory (it is hashed, then unzipped from the same bytes, so
 * the hash always describes what was parsed). A zip over `maxZipBytes` is only hashed, streamed:
 * parsing it then fails with `deposit/too_large`.
 */
export async function readDepositSource(
  zipPath: string,
  maxZipBytes = DEFAULT_UNZIP_LIMITS.maxZipBytes,
): Promise<DepositSource> {
  if ((await stat(zipPath)).size > maxZipBytes) {
    return { path: zipPath, bytes: null, ...(await hashFile(zipPath)) };
  }
  const bytes = await readFile(zipPath);
  const sha256 = sha256Hex(bytes);
  return { path: zipPath, bytes, sha256, size: bytes.length };
}

/**
 * Reads a Pastell deposit zip safely and validates it. Throws a `DepositError` (with the
 * zip's SHA-256 in `details.zipSha256`) for every kind of bad deposit.
 */
export async function parseDeposit(
  input: string | DepositSource,
  options: ParseDepositOptions = {},
): Promise<ParsedDeposit> {
  const source =
    typeof input === 'string' ? await readDepositSource(input, options.limits?.maxZipBytes) : input;
  try {
    const parsed = await parse(
      source.bytes ?? source.path,
      originalDepositName(source.path),
      options,
    );
    return { ...parsed, zipSha256: source.sha256, zipSize: source.size };
  } catch (err) {
    throw err instanceof DepositError ? err.withZipSha256(source.sha256) : err;
  }
}

async function parse(
  zip: string | Buffer,
  zipName: string,
  options: ParseDepositOptions,
): Promise<Omit<ParsedDeposit, 'zipSha256' | 'zipSize'>> {
  const entries = await readZipEntries(zip, options.limits).catch((err: unknown) => {
    throw err instanceof ZipError ? depositErrorOf(err) : err;
  });
  const byName = new Map(entries.map((e) => [e.name.normalize('NFC'), e]));
  const metadata = byName.get(METADATA);
  if (!metadata) {
    throw new DepositError(
      'deposit/no_metadata',
      'Le dépôt ne contient pas de fichier metadata.json.',
      {
        file: METADATA,
      },
    );
  }
  const maxMetadata = options.maxMetadataBytes ?? 1024 * 1024;
  if (metadata.size > maxMetadata) {
    throw new DepositError(
      'deposit/too_large',
      `Le fichier metadata.json dépasse ${maxMetadata} octets.`,
      {
        file: METADATA,
      },
    );
  }
  const idD = pastellIdFromFileName(zipName);
  const { deposit, warnings } = parsePastellMetadata(metadata.bytes, { idD });
  if (idD === null) {
    warnings.push(`Identifiant Pastell introuvable dans le nom du fichier « ${zipName} ».`);
  }
  if (
    deposit.classificationCode !== null &&
    !describeClassification(deposit.classificationCode).known
  ) {
    warnings.push(
      `Code de classification « ${deposit.classificationCode} » inconnu de la nomenclature ACTES : conservé tel quel.`,
    );
  }

  const { originals, stamped, annexes } = deposit.files;
  const mainRole: DepositFileRole = stamped.length > 0 ? 'stamped' : 'original';
  const groups: [DepositFileRole, string[]][] =
    mainRole === 'stamped'
      ? [
          ['stamped', stamped],
          ['annex', annexes],
          ['original', originals],
        ]
      : [
          ['original', originals],
          ['annex', annexes],
        ];
  const used = new Set<string>([METADATA]);
  const files: DepositFile[] = [];
  for (const [role, names] of groups) {
    for (const fileName of names) {
      const key = fileName.normalize('NFC');
      if (used.has(key)) {
        warnings.push(
          `Le fichier « ${fileName} » est cité plusieurs fois dans metadata.json : gardé une seule fois.`,
        );
        continue;
      }
      used.add(key);
      files.push(toDepositFile(role, role === mainRole, fileName, byName.get(key), warnings));
    }
  }
  for (const e of entries) {
    if (!used.has(e.name.normalize('NFC'))) {
      warnings.push(
        `Le fichier « ${e.name} » est présent dans le zip sans être cité dans metadata.json : ignoré.`,
      );
    }
  }
  return { deposit, files, warnings };
}

function toDepositFile(
  role: DepositFileRole,
  main: boolean,
  fileName: string,
  entry: ZipEntryData | undefined,
  warnings: string[],
): DepositFile {
  const reason = unsafePathReason(fileName) ?? (fileName.includes('/') ? 'sous-dossier' : null);
  if (reason) {
    throw new DepositError(
      'deposit/unsafe_path',
      `Nom de fichier refusé dans metadata.json « ${fileName} » : ${reason}.`,
      { file: fileName },
    );
  }
  if (!entry) {
    throw new DepositError(
      'deposit/missing_file',
      `Le fichier « ${fileName} » est cité dans metadata.json mais absent du zip.`,
      { file: fileName },
    );
  }
  if (entry.size === 0) {
    throw new DepositError(
      'deposit/empty_document',
      `Le fichier « ${fileName} » est vide (0 octet).`,
      {
        file: fileName,
      },
    );
  }
  const mediaType = detectMediaType(fileName, entry.bytes);
  if (extensionOf(fileName) === 'pdf' && mediaType !== 'application/pdf') {
    warnings.push(`Le fichier « ${fileName} » porte l'extension .pdf mais n'est pas un PDF.`);
  }
  return {
    role,
    main,
    fileName,
    mediaType,
    bytes: entry.bytes,
    sha256: entry.sha256,
    size: entry.size,
  };
}
