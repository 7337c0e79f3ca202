import { createHash, randomBytes } from 'node:crypto';

/** Bearer token kinds, told apart by their prefix: sessions `ses_`, API keys `key_`. */
export const SESSION_PREFIX = 'ses';
export const API_KEY_PREFIX = 'key';

export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
