// Preparing a deposit zip: everything that needs its bytes (read, SHA-256, strict parse, safe
// unzip, documents into the content-addressed store). Runs in a worker thread (deposit-prep-pool)
// or in-process; loads no database code, so that a worker stays light.
import { FileStore } from '../../infra/files/file-store.js';
import {
  DepositError,
  isDepositError,
  type DepositErrorCode,
  type DepositErrorDetails,
} from './deposit-error.js';
import { fileExists } from './deposit-layout.js';
import {
  parseDeposit,
  readDepositSource,
  type DepositFile,
  type ParsedDeposit,
} from './parse-deposit.js';

/** A document of a deposit as the database step sees it: stored, its bytes no longer needed. */
export type DepositFileInfo = Omit<DepositFile, 'bytes'>;

/** A parsed deposit without the documents' bytes. */
export type ParsedDepositInfo = Omit<ParsedDeposit, 'files'> & { files: DepositFileInfo[] };

/** A document of a deposit, stored (content-addressed) before its act is written. */
export interface StoredFile {
  file: DepositFileInfo;
  key: string;
}

/** A zip made ready for the database step (null from `prepareDeposit`: the zip is gone). */
export interface PreparedDeposit {
  source: { path: string; sha256: string; size: number };
  /** The parsed deposit, or why it is refused. */
  parsed: ParsedDepositInfo | DepositError;
  stored: StoredFile[];
}

/**
 * Stores the documents a deposit publishes or keeps (main documents and annexes), side by side
 * (each fsync runs on its own thread); content already stored is not written again. Their hashes
 * were computed while unzipping: the store does not hash them again.
 */
export function storeDepositFiles(files: FileStore, parsed: ParsedDeposit): Promise<StoredFile[]> {
  return Promise.all(
    parsed.files
      .filter((x) => x.main || x.role === 'annex')
      .map(async (file) => ({
        file: withoutBytes(file),
        key: (await files.put(file.bytes, { sha256: file.sha256, verified: true })).key,
      })),
  );
}

/** Reads, parses and stores one zip in this thread (null when it is no longer there). */
export async function prepareDepositHere(
  zipPath: string,
  files: FileStore,
): Promise<PreparedDeposit | null> {
  if (!(await fileExists(zipPath))) {
    return null;
  }
  const source = await readDepositSource(zipPath);
  let parsed: ParsedDeposit | DepositError;
  try {
    parsed = await parseDeposit(source);
  } catch (err) {
    if (!isDepositError(err)) {
      throw err;
    }
    parsed = err;
  }
  const stored = parsed instanceof DepositError ? [] : await storeDepositFiles(files, parsed);
  return {
    source: { path: source.path, sha256: source.sha256, size: source.size },
    parsed:
      parsed instanceof DepositError
        ? parsed
        : { ...parsed, files: parsed.files.map(withoutBytes) },
    stored,
  };
}

function withoutBytes(file: DepositFile): DepositFileInfo {
  const { bytes: _bytes, ...info } = file;
  return info;
}

/** What crosses from a worker thread: a DepositError as plain data. */
export type PreparedMessage = Omit<PreparedDeposit, 'parsed'> & {
  parsed:
    | ParsedDepositInfo
    | { refused: { code: DepositErrorCode; message: string; details: DepositErrorDetails } };
};

/** Entry point of the preparation threads (deposit-prep-pool). */
export async function prepareInWorker(
  zipPath: string,
  storeRoot: string,
): Promise<PreparedMessage | null> {
  const prepared = await prepareDepositHere(zipPath, storeFor(storeRoot));
  if (!prepared) {
    return null;
  }
  const { parsed } = prepared;
  return parsed instanceof DepositError
    ? {
        ...prepared,
        parsed: {
          refused: { code: parsed.code, message: parsed.message, details: { ...parsed.details } },
        },
      }
    : { ...prepared, parsed };
}

/** Back on the main thread: the DepositError again. */
export function fromMessage(message: PreparedMessage): PreparedDeposit {
  const { parsed } = message;
  return 'refused' in parsed
    ? {
        ...message,
        parsed: new DepositError(
          parsed.refused.code,
          parsed.refused.message,
          parsed.refused.details,
        ),
      }
    : { ...message, parsed };
}

let workerStore: FileStore | undefined;

function storeFor(rootDir: string): FileStore {
  if (workerStore?.rootDir !== rootDir) {
    workerStore = new FileStore(rootDir);
  }
  return workerStore;
}
