import { open } from 'node:fs/promises';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT = 0xffff;

/**
 * Whether the bytes of a zip file are all there: its last record is an end of central directory
 * whose central directory ends exactly where that record starts and begins with a central entry.
 * A zip is written front to back and this record comes last, so a file still being written (or
 * preallocated, or truncated) fails the test; a file renamed into the folder once written passes
 * at first sight. Zip64 archives (more than 65,535 entries or 4 GB) are not recognised here:
 * they wait for the size-stability delay like any other file. With `seen`, the file must still
 * have that size and modification time. Never throws (false instead).
 */
export async function isZipComplete(
  filePath: string,
  seen?: { size: number; mtimeMs: number },
): Promise<boolean> {
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch {
    return false;
  }
  try {
    const { size, mtimeMs } = await handle.stat();
    if (size < EOCD_LENGTH || (seen && (seen.size !== size || seen.mtimeMs !== mtimeMs))) {
      return false;
    }
    const tailLength = Math.min(size, EOCD_LENGTH + MAX_COMMENT);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const at = findEndRecord(tail);
    if (at < 0) {
      return false;
    }
    const entries = tail.readUInt16LE(at + 10);
    const cdSize = tail.readUInt32LE(at + 12);
    const cdOffset = tail.readUInt32LE(at + 16);
    const endOffset = size - tailLength + at;
    const singleDisk = tail.readUInt16LE(at + 4) === 0 && tail.readUInt16LE(at + 6) === 0;
    if (
      !singleDisk ||
      entries === 0 ||
      entries !== tail.readUInt16LE(at + 8) ||
      cdOffset + cdSize !== endOffset
    ) {
      return false;
    }
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, cdOffset);
    return bytesRead === 4 && head.readUInt32LE(0) === CENTRAL_ENTRY_SIGNATURE;
  } catch {
    return false;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Offset in `tail` of an end record whose comment runs exactly to the end, or -1. */
function findEndRecord(tail: Buffer): number {
  for (let at = tail.length - EOCD_LENGTH; at >= 0; at--) {
    if (
      tail.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_LENGTH + tail.readUInt16LE(at + 20) === tail.length
    ) {
      return at;
    }
  }
  return -1;
}
