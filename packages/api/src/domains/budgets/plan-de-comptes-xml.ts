import { readXml } from '../../infra/xml/xml-reader.js';
import type { CompactPlan } from './plan-de-comptes.js';

const MOVEMENTS = ['DR', 'RR', 'DOES', 'ROES', 'DOIS', 'ROIS'] as const;

/** Reads one official planDeCompte.xml (its text) into the compact form. */
export function compactPlanFromXml(text: string): CompactPlan {
  const plan: CompactPlan = {
    v: 1,
    norm: '',
    declination: '',
    year: 0,
    chapters: [],
    accounts: [],
    functions: [],
  };
  const accountStack: string[] = [];
  const functionStack: string[] = [];
  readXml(text, {
    open({ name, attributes: a, path }) {
      const parent = path[path.length - 1];
      if (name === 'Nomenclature' && path.length === 0) {
        Object.assign(plan, { norm: a.Norme ?? '', declination: a.Declinaison ?? '' });
        plan.year = Number(a.Exer);
      } else if (name === 'Chapitre' && path[1] === 'Nature' && parent === 'Chapitres') {
        plan.chapters.push([a.Code ?? '', a.Libelle ?? '', a.Section ?? '', a.TypeChapitre ?? '']);
      } else if (name === 'Compte' && path[1] === 'Nature') {
        plan.accounts.push([
          a.Code ?? '',
          a.Libelle ?? '',
          accountStack[accountStack.length - 1] ?? '',
          ...MOVEMENTS.map((m) => a[m] ?? ''),
        ] as CompactPlan['accounts'][number]);
        accountStack.push(a.Code ?? '');
      } else if (name === 'RefFonc' && path[1] === 'Fonction') {
        plan.functions.push([
          a.Code ?? '',
          a.Libelle ?? '',
          functionStack[functionStack.length - 1] ?? '',
        ]);
        functionStack.push(a.Code ?? '');
      }
    },
    close(name, path) {
      if (name === 'Compte' && path[1] === 'Nature') {
        accountStack.pop();
      } else if (name === 'RefFonc' && path[1] === 'Fonction') {
        functionStack.pop();
      }
    },
  });
  return plan;
}
