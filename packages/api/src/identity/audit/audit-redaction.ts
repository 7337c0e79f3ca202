import type { AuditEntry } from './audit-entry.entity.js';

/** Shown instead of a person the reader may not see. */
export const HIDDEN_PERSON = 'Utilisateur hors de vos collectivités';
/** Shown instead of a platform administrator the reader may not see. */
export const HIDDEN_PLATFORM_ADMIN = 'Administrateur de la plateforme';

/** Keys of an entry's before/after JSON that name a person (the target user). */
const PERSONAL_KEYS = ['email', 'displayName'];

/** Who the reader may see, among the people an audit page names. */
export interface PeopleSight {
  /** null: everyone (platform administrators). */
  visible: Set<string> | null;
  /** Hidden people who are platform administrators (named by their role, not their address). */
  platformAdmins: Set<string>;
}

/** The people (user ids) an entry names: its actor, and its target when that is a user. */
export function peopleOf(entries: AuditEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.actorId) {
      ids.add(e.actorId);
    }
    if (e.targetType === 'User') {
      ids.add(e.targetId);
    }
  }
  return [...ids];
}

function withoutPersonalKeys(json: string | null | undefined): string | null {
  if (!json) {
    return json ?? null;
  }
  try {
    const value = JSON.parse(json) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const kept = Object.entries(value).filter(([k]) => !PERSONAL_KEYS.includes(k));
      return JSON.stringify(Object.fromEntries(kept));
    }
    return json;
  } catch {
    return null;
  }
}

/**
 * An entry as a reader sees it. An actor the reader may not see loses their id and address
 * (« Administrateur de la plateforme » or « Utilisateur hors de vos collectivités », with
 * « (clé d’API) » when they acted through a key); a user target they may not see loses their
 * id (`targetId` null) and the address and name in the before/after values. System actors are
 * shown as they are. Returns a plain copy; the managed entity is never changed.
 */
export function redactEntry(e: AuditEntry, sight: PeopleSight): AuditEntry {
  const copy = { ...plain(e) };
  if (!sight.visible) {
    return copy as AuditEntry;
  }
  if (e.actorId && !sight.visible.has(e.actorId)) {
    const label = sight.platformAdmins.has(e.actorId) ? HIDDEN_PLATFORM_ADMIN : HIDDEN_PERSON;
    copy.actorId = null;
    copy.actorLabel = e.actorLabel.includes('(clé d’API') ? `${label} (clé d’API)` : label;
  }
  if (e.targetType === 'User' && !sight.visible.has(e.targetId)) {
    copy.targetId = null;
    copy.before = withoutPersonalKeys(e.before);
    copy.after = withoutPersonalKeys(e.after);
  }
  return copy as AuditEntry;
}

function plain(e: AuditEntry) {
  return {
    id: e.id,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    actorId: e.actorId ?? null,
    actorLabel: e.actorLabel,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId as string | null,
    siren: e.siren ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
  };
}
