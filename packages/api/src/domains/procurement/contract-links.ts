import type { EntityManager } from '@mikro-orm/core';
import { Act } from '../acts/act.entity.js';
import type { Organization } from '../../identity/tenants/organization.entity.js';
import { Contract } from './contract.entity.js';

/** ACTES classification 1.1: « Marchés publics ». */
const PROCUREMENT_CLASS = /^1\.1(\.|$)/;

function names(text: string, decpId: string): boolean {
  const id = decpId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${id}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** An id short enough to appear by chance (« 1 », « 2024 ») never links on its own. */
type Linkable = Pick<Contract, 'decpId' | 'act'> & { actLinkManual?: boolean };
const linkable = (c: Linkable) => !c.actLinkManual && !c.act && c.decpId.length >= 5;

/**
 * Links contracts to the deliberation that approved them: an act of classification 1.1 whose
 * subject or number names the contract's `id`. A link set or removed by hand is never changed.
 */
export async function linkContractsToActs(
  em: EntityManager,
  org: Organization,
  contracts: Linkable[],
): Promise<number> {
  const todo = contracts.filter(linkable);
  if (todo.length === 0) {
    return 0;
  }
  const acts = (
    await em.find(
      Act,
      { organization: org, deletedAt: null, classificationCode: { $like: '1.1%' } },
      { fields: ['id', 'subject', 'number', 'classificationCode'], orderBy: { date: 'desc' } },
    )
  ).filter((a) => PROCUREMENT_CLASS.test(a.classificationCode ?? ''));
  let linked = 0;
  for (const c of todo) {
    const act = acts.find((a) => names(`${a.number} ${a.subject}`, c.decpId));
    if (act) {
      c.act = em.getReference(Act, act.id);
      linked++;
    }
  }
  return linked;
}

/** After acts were added or changed: links the contracts their 1.1 acts name. */
export async function linkActsToContracts(em: EntityManager, actIds: string[]): Promise<number> {
  if (actIds.length === 0) {
    return 0;
  }
  const acts = (
    await em.find(
      Act,
      { id: { $in: actIds }, deletedAt: null, classificationCode: { $like: '1.1%' } },
      { populate: ['organization'] },
    )
  ).filter((a) => PROCUREMENT_CLASS.test(a.classificationCode ?? ''));
  let linked = 0;
  for (const act of acts) {
    const contracts = await em.find(Contract, {
      organization: act.organization,
      act: null,
      actLinkManual: false,
    });
    for (const c of contracts.filter(linkable)) {
      if (names(`${act.number} ${act.subject}`, c.decpId)) {
        c.act = act;
        linked++;
      }
    }
  }
  await em.flush();
  return linked;
}
