import { formatDecimal, parseDecimal, shareOf } from '../../shared/decimal.js';
import type { BudgetLine } from './budget-lines.js';
import { BudgetDirection, BudgetSection, BudgetView } from './budget.enums.js';
import type { PlanDeComptes } from './plan-de-comptes.js';

export interface BreakdownQuery {
  direction: BudgetDirection;
  view: BudgetView;
  section?: BudgetSection | null;
  path?: readonly string[] | null;
  includeOrder?: boolean | null;
}

export interface BreakdownItem {
  code: string;
  label: string;
  amount: string;
  share: number;
  hasChildren: boolean;
}

export interface Breakdown {
  total: string;
  items: BreakdownItem[];
}

/** Code of the lines without a functional code, in the FUNCTION view. */
export const UNALLOCATED_FUNCTION = 'NV';

interface Node {
  code: string;
  label: string;
}

/** The lines a query is about: direction, section, real operations unless includeOrder. */
export function selectLines(lines: readonly BudgetLine[], q: BreakdownQuery): BudgetLine[] {
  const d = q.direction === BudgetDirection.EXPENSE ? 'D' : 'R';
  const s = q.section ? (q.section === BudgetSection.OPERATING ? 'F' : 'I') : null;
  return lines.filter((l) => l.d === d && (!s || l.s === s) && (q.includeOrder || l.o === 0));
}

/** A line's place in a view's tree, from the top level down to the line's own code. */
export function chainOf(line: BudgetLine, view: BudgetView, plan: PlanDeComptes | null): Node[] {
  if (view === BudgetView.CHAPTER) {
    return [
      { code: line.c || '?', label: line.cl || 'Chapitre inconnu' },
      { code: line.n, label: line.nl || line.n },
    ];
  }
  if (view === BudgetView.FUNCTION && !line.f) {
    return [{ code: UNALLOCATED_FUNCTION, label: 'Non ventilé' }];
  }
  const tree = view === BudgetView.NATURE ? 'NATURE' : 'FUNCTION';
  const code = tree === 'NATURE' ? line.n : line.f;
  const own = tree === 'NATURE' ? line.nl : line.fl;
  const nodes = tree === 'NATURE' ? plan?.accounts : plan?.functions;
  const codes = plan?.ancestry(tree, code) ?? [];
  if (!codes.length) {
    return [{ code, label: own || code }];
  }
  return codes.map((c) => ({ code: c, label: nodes?.get(c)?.label || c }));
}

/** chainOf, computed once per code of the view within one call (lines share their accounts). */
function memoChains(view: BudgetView, plan: PlanDeComptes | null) {
  const memo = new Map<string, Node[]>();
  return (line: BudgetLine): Node[] => {
    const key =
      view === BudgetView.CHAPTER
        ? `${line.c}\u0000${line.n}`
        : view === BudgetView.NATURE
          ? line.n
          : line.f;
    let chain = memo.get(key);
    if (!chain) {
      chain = chainOf(line, view, plan);
      memo.set(key, chain);
    }
    return chain;
  };
}

/**
 * One level of a document's breakdown: the items under `path` in the view's tree, each the exact
 * sum of its lines, sorted by amount. The items always sum to the total: a line booked on the
 * node of `path` itself (not on one of its children) is an item of the node's own code.
 */
export function breakdown(
  lines: readonly BudgetLine[],
  plan: PlanDeComptes | null,
  q: BreakdownQuery,
): Breakdown {
  const path = q.path ?? [];
  const chains = memoChains(q.view, plan);
  const groups = new Map<string, { label: string; units: bigint; hasChildren: boolean }>();
  let total = 0n;
  for (const line of selectLines(lines, q)) {
    const chain = chains(line);
    if (chain.length < path.length || path.some((code, i) => chain[i]!.code !== code)) {
      continue;
    }
    const units = parseDecimal(line.v) ?? 0n;
    total += units;
    const node = chain[path.length];
    const own = !node;
    const code = node?.code ?? path[path.length - 1]!;
    const label = node?.label ?? `${chain[chain.length - 1]!.label} (sans détail)`;
    const key = own ? `\u0000${code}` : code;
    const g = groups.get(key) ?? { label, units: 0n, hasChildren: false };
    g.units += units;
    g.hasChildren ||= !own && chain.length > path.length + 1;
    groups.set(key, g);
  }
  const items = [...groups.entries()]
    .map(([key, g]) => ({
      code: key.replace('\u0000', ''),
      label: g.label,
      units: g.units,
      hasChildren: g.hasChildren,
    }))
    .sort((a, b) => (b.units > a.units ? 1 : b.units < a.units ? -1 : a.code.localeCompare(b.code)))
    .map((g) => ({
      code: g.code,
      label: g.label,
      amount: formatDecimal(g.units),
      share: shareOf(g.units, total),
      hasChildren: g.hasChildren,
    }));
  return { total: formatDecimal(total), items };
}

/** Sum of the selected lines that fall under `code` anywhere in the view's tree (all: no code). */
export function amountUnder(
  lines: readonly BudgetLine[],
  plan: PlanDeComptes | null,
  q: BreakdownQuery,
  code?: string | null,
): string {
  let total = 0n;
  const chains = memoChains(q.view, plan);
  for (const line of selectLines(lines, q)) {
    if (!code || chains(line).some((n) => n.code === code)) {
      total += parseDecimal(line.v) ?? 0n;
    }
  }
  return formatDecimal(total);
}
