import type { EntityManager } from '@mikro-orm/core';
import { Establishment } from './establishment.entity.js';

/**
 * The published names of establishments by SIRET (SIRENE enrichment): diffusible ones only,
 * for the budget views and files whose source lacks the name.
 */
export async function establishmentNames(
  em: EntityManager,
  sirets: Iterable<string | null | undefined>,
): Promise<Map<string, string>> {
  const list = [...new Set([...sirets].filter((s): s is string => !!s))];
  if (!list.length) {
    return new Map();
  }
  const rows = await em.find(
    Establishment,
    { siret: { $in: list }, diffusible: true, name: { $ne: null } },
    { fields: ['siret', 'name'] },
  );
  return new Map(rows.map((r) => [r.siret, r.name!]));
}
