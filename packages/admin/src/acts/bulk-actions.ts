import type { ActActionKind } from '../gql/graphql';

export type BulkAction = 'publish' | 'unpublish' | 'hide' | 'unhide' | 'delete' | 'restore';

export interface ActionResult {
  updated: { id: string }[];
  failed: { id: string; code: string; message: string }[];
  jobId?: string | null;
}

export interface BulkActionSpec {
  /** Button text. */
  label: string;
  /** Confirmation title, `{n}` = number of acts. */
  title: (n: number) => string;
  /** What will happen, in plain French. */
  explanation: string;
  /** Summary of what was done. */
  done: (n: number) => string;
  danger: boolean;
  /**
   * The action that puts things back exactly, when there is one. Publishing has none: taking an
   * act offline is « Dépublier », and publishing again would change its legal publication date.
   */
  undo: BulkAction | null;
  /** The action sent to `applyActAction`. */
  kind: ActActionKind;
}

const acts = (n: number) => (n > 1 ? `${n} actes` : '1 acte');
const s = (n: number) => (n > 1 ? 's' : '');

export const BULK_ACTIONS: Record<BulkAction, BulkActionSpec> = {
  publish: {
    label: 'Publier',
    title: (n) => `Publier ${acts(n)} ?`,
    explanation:
      'Les documents deviennent publics à une adresse stable ; les actes apparaissent dans la recherche, les widgets et les fichiers open data. Les actes individuels (données personnelles) sont toujours refusés.',
    done: (n) => `${acts(n)} publié${s(n)}.`,
    danger: false,
    undo: null,
    kind: 'PUBLISH',
  },
  unpublish: {
    label: 'Dépublier',
    title: (n) => `Dépublier ${acts(n)} ?`,
    explanation:
      'Les actes ne seront plus publics : leurs documents ne seront plus servis et ils disparaîtront de la recherche, des widgets et des fichiers open data.',
    done: (n) => `${acts(n)} dépublié${s(n)}.`,
    danger: false,
    undo: null,
    kind: 'UNPUBLISH',
  },
  hide: {
    label: 'Retirer de la file',
    title: (n) => `Retirer ${acts(n)} de la file « À statuer » ?`,
    explanation:
      'Les actes quittent la file « À statuer » sans être publiés. Ils restent dans « Toutes les publications ».',
    done: (n) => `${acts(n)} retiré${s(n)} de la file.`,
    danger: false,
    undo: 'unhide',
    kind: 'HIDE',
  },
  unhide: {
    label: 'Remettre dans la file',
    title: (n) => `Remettre ${acts(n)} dans la file « À statuer » ?`,
    explanation: 'Les actes encore à statuer réapparaissent dans la file « À statuer ».',
    done: (n) => `${acts(n)} remis dans la file.`,
    danger: false,
    undo: 'hide',
    kind: 'UNHIDE',
  },
  delete: {
    label: 'Supprimer',
    title: (n) => `Supprimer ${acts(n)} ?`,
    explanation:
      'Les actes disparaîtront de partout : listes, recherche, widgets et fichiers open data. Vous pourrez annuler juste après la suppression.',
    done: (n) => `${acts(n)} supprimé${s(n)}.`,
    danger: true,
    undo: 'restore',
    kind: 'DELETE',
  },
  restore: {
    label: 'Restaurer',
    title: (n) => `Restaurer ${acts(n)} ?`,
    explanation: 'Les actes retrouvent leur état d’avant la suppression.',
    done: (n) => `${acts(n)} restauré${s(n)}.`,
    danger: false,
    undo: 'delete',
    kind: 'RESTORE',
  },
};

/** Batches of this size show a real progress on large selections. */
export const BULK_CHUNK = 50;

export function chunks<T>(items: T[], size = BULK_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
