/** The widget's URL parameters, in French like the other widgets. */
export interface MarchesState {
  query: string;
  year: string;
  nature: string;
  procedure: string;
  amountMin: string;
  amountMax: string;
  /** A contract's page (permalink `?contrat=<id>`). */
  contract: string;
}

export interface MarchesConfig {
  siren: string | null;
  title: string;
}

export const DEFAULT_TITLE = 'Marchés publics';
const NUMBER = /^\d{1,12}$/;

export function parseMarches(url: URLSearchParams): { config: MarchesConfig; state: MarchesState } {
  const siren = url.get('siren')?.replace(/\s/g, '') ?? '';
  const pick = (k: string, ok: (v: string) => boolean = () => true) => {
    const v = (url.get(k) ?? '').trim().slice(0, 200);
    return ok(v) ? v : '';
  };
  return {
    config: {
      siren: /^\d{9}$/.test(siren) ? siren : null,
      title: pick('titre') || DEFAULT_TITLE,
    },
    state: {
      query: pick('recherche'),
      year: pick('annee', (v) => /^\d{4}$/.test(v)),
      nature: pick('nature'),
      procedure: pick('procedure'),
      amountMin: pick('montant_min', (v) => NUMBER.test(v)),
      amountMax: pick('montant_max', (v) => NUMBER.test(v)),
      contract: pick('contrat', (v) => /^[0-9a-f-]{36}$/.test(v)),
    },
  };
}

/** The URL of a state (the widget's own address: history entries and permalinks). */
export function marchesUrl(
  base: URLSearchParams,
  state: MarchesState,
  path = window.location.pathname,
): string {
  const out = new URLSearchParams();
  for (const k of ['siren', 'titre', 'theme', 'couleur']) {
    const v = base.get(k);
    if (v) {
      out.set(k, v);
    }
  }
  const put = (k: string, v: string) => v && out.set(k, v);
  put('recherche', state.query.trim());
  put('annee', state.year);
  put('nature', state.nature);
  put('procedure', state.procedure);
  put('montant_min', state.amountMin);
  put('montant_max', state.amountMax);
  put('contrat', state.contract);
  return `${path}?${out.toString()}`;
}

/** The API filter of a state. */
export function filterOf(s: MarchesState) {
  return {
    text: s.query.trim() || null,
    year: s.year ? Number(s.year) : null,
    nature: s.nature || null,
    procedure: s.procedure || null,
    amountMin: s.amountMin ? Number(s.amountMin) : null,
    amountMax: s.amountMax ? Number(s.amountMax) : null,
  };
}
