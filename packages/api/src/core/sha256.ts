import { createHash } from 'node:crypto';

/**
 * SHA-256 of bytes already in memory, as lowercase hex. Synchronous on purpose: with the CPU's
 * SHA instructions (x86 SHA-NI, ARMv8 SHA2) OpenSSL hashes ~1.5 GB/s, while WebCrypto's digest
 * first copies the bytes on the event loop (measured: the copy alone costs as much as hashing,
 * and twice the CPU in all), so handing the work to the thread pool does not pay.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
