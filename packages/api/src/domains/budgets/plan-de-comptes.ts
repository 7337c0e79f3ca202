/**
 * The compact form of one official plan de comptes (one norm, declination and year), as the
 * build script writes it from the official `planDeCompte.xml` (scripts/build-plans-de-comptes.ts)
 * and the platform reads it (plan-catalog.ts). Arrays, not objects: the files stay small.
 */
export interface CompactPlan {
  v: 1;
  norm: string;
  declination: string;
  year: number;
  /** Nature/Chapitres: code, label, section (`F`, `I` or empty), TypeChapitre. */
  chapters: [code: string, label: string, section: string, type: string][];
  /**
   * Nature/Comptes, depth first: code, label, parent code (empty at the root), then the default
   * chapitre per kind of movement: DR, RR, DOES, ROES, DOIS, ROIS (empty: none).
   */
  accounts: [
    code: string,
    label: string,
    parent: string,
    dr: string,
    rr: string,
    does: string,
    roes: string,
    dois: string,
    rois: string,
  ][];
  /** Fonction/RefFonctionnelles, depth first: code, label, parent code. */
  functions: [code: string, label: string, parent: string][];
}

/** Which default chapitre attribute applies to a line (formats.md §4.5). */
export type MovementKind = 'DR' | 'RR' | 'DOES' | 'ROES' | 'DOIS' | 'ROIS';

const MOVEMENT_INDEX: Record<MovementKind, number> = {
  DR: 3,
  RR: 4,
  DOES: 5,
  ROES: 6,
  DOIS: 7,
  ROIS: 8,
};

export interface PlanNode {
  code: string;
  label: string;
  parent: string | null;
  children: string[];
}

/** A plan de comptes ready for lookups: labels, trees, chapitres and their section. */
export class PlanDeComptes {
  readonly chapters = new Map<string, { label: string; section: 'F' | 'I' | null }>();
  readonly accounts = new Map<string, PlanNode & { defaults: string[] }>();
  readonly functions = new Map<string, PlanNode>();

  constructor(readonly plan: CompactPlan) {
    for (const [code, label, section] of plan.chapters) {
      this.chapters.set(code, {
        label,
        section: section === 'F' || section === 'I' ? section : null,
      });
    }
    for (const a of plan.accounts) {
      this.accounts.set(a[0], {
        code: a[0],
        label: a[1],
        parent: a[2] || null,
        children: [],
        defaults: a.slice(3),
      });
    }
    for (const node of this.accounts.values()) {
      if (node.parent) {
        this.accounts.get(node.parent)?.children.push(node.code);
      }
    }
    for (const [code, label, parent] of plan.functions) {
      this.functions.set(code, { code, label, parent: parent || null, children: [] });
    }
    for (const node of this.functions.values()) {
      if (node.parent) {
        this.functions.get(node.parent)?.children.push(node.code);
      }
    }
  }

  /** The default chapitre of an account for a kind of movement, if the plan gives one. */
  defaultChapter(nature: string, kind: MovementKind): string | null {
    const account = this.accounts.get(nature);
    const value = account?.defaults[MOVEMENT_INDEX[kind] - 3];
    return value ? value : null;
  }

  /**
   * The chapitre of the plan that gives a code its label and section: the code itself, or its
   * longest prefix that is a chapitre (operation sub-chapitres such as `45411` → `4541`).
   */
  chapterOf(code: string): { code: string; label: string; section: 'F' | 'I' | null } | null {
    for (let n = code.length; n > 0; n--) {
      const prefix = code.slice(0, n);
      const chapter = this.chapters.get(prefix);
      if (chapter) {
        return { code: prefix, ...chapter };
      }
    }
    return null;
  }

  /** Root-first codes from the top of the tree down to `code` (itself included). */
  ancestry(tree: 'NATURE' | 'FUNCTION', code: string): string[] {
    const nodes = tree === 'NATURE' ? this.accounts : this.functions;
    const chain: string[] = [];
    for (let c: string | null = code; c && nodes.has(c) && chain.length < 32;) {
      chain.unshift(c);
      c = nodes.get(c)!.parent;
    }
    return chain;
  }
}
