import type { EntityManager } from '@mikro-orm/core';
import { UnauthenticatedError } from '../../core/errors.js';
import { ApiKey } from './api-key.entity.js';
import { hashToken } from './tokens.js';
import { UserStatus } from './user.entity.js';
import { API_KEY_SCOPES, type ApiKeyScope, type Viewer } from '../../core/viewer.js';

/** `lastUsedAt` is written at most once per this interval (one write per key per minute). */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves an API key secret to a viewer, or null when no key has this secret. A revoked or
 * expired key, or one whose owner is disabled, is refused at once (checked on every request).
 */
export async function authenticateApiKey(em: EntityManager, token: string): Promise<Viewer | null> {
  const key = await em.findOne(ApiKey, { keyHash: hashToken(token) }, { populate: ['owner'] });
  if (!key) {
    return null;
  }
  const now = new Date();
  if (key.revokedAt) {
    throw new UnauthenticatedError('auth/api_key_revoked', 'Cette clé d’API a été révoquée.');
  }
  if (key.expiresAt && key.expiresAt <= now) {
    throw new UnauthenticatedError('auth/api_key_expired', 'Cette clé d’API a expiré.');
  }
  if (key.owner.status !== UserStatus.ACTIVE) {
    throw new UnauthenticatedError(
      'auth/account_disabled',
      'Le compte propriétaire de cette clé est désactivé.',
    );
  }
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now });
  }
  return {
    kind: 'apikey',
    keyId: key.id,
    keyName: key.name,
    userId: key.owner.id,
    email: key.owner.email,
    ownerIsPlatformAdmin: key.owner.isPlatformAdmin,
    scopes: key.scopes.filter((s): s is ApiKeyScope =>
      (API_KEY_SCOPES as readonly string[]).includes(s),
    ),
    orgIds: [...key.orgIds],
  };
}
