import { webcrypto } from 'node:crypto';

/**
 * SHA-256 of bytes already in memory, as lowercase hex, computed on libuv's thread pool
 * (WebCrypto) instead of the event loop: a batch of deposits hashes on every core.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}
