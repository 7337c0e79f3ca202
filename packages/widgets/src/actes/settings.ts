import type { ActNature } from '../gql/graphql';
import type { GraphQLClient, StringDocument } from '../shared/graphql-client';
import { NATURES, configSpec, stateSpec } from './acts-params';

/**
 * Settings an authority saved in the admin (`publicWidgetSettings`), read as defaults under the
 * URL parameters. The widget does not depend on them: the query is a plain string (not part of
 * the generated documents), and any failure (older api, network, timeout) means « no settings ».
 */
export interface StoredSettings {
  title?: string | null;
  primaryColor?: string | null;
  backgroundColor?: string | null;
  textColor?: string | null;
  natures?: ActNature[] | null;
  classifications?: string[] | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  year?: number | null;
  pageSize?: number | null;
}

const SETTINGS_QUERY = `query ActsWidgetSettings($siren: String!) {
  publicWidgetSettings(siren: $siren) {
    title primaryColor backgroundColor textColor natures classifications dateFrom dateTo year pageSize
  }
}`;
const SettingsDocument = { toString: () => SETTINGS_QUERY } as StringDocument<
  { publicWidgetSettings: StoredSettings | null },
  { siren: string }
>;

export async function loadSettings(
  client: GraphQLClient,
  siren: string,
  timeoutMs = 1500,
): Promise<StoredSettings | null> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return (await client.request(SettingsDocument, { siren }, { signal })).publicWidgetSettings;
  } catch {
    return null;
  }
}

const COLOUR_PARAMS = ['theme', 'couleur', 'couleur_lien', 'couleur_fond', 'couleur_texte'];

/**
 * URL parameters with the stored settings filled in where the URL says nothing: the title and
 * page size one by one; the colours only when the URL sets no theme or colour at all; the preset
 * filters only when the URL holds no search state at all (a shared search stays as shared).
 */
export function mergeSettings(url: URLSearchParams, s: StoredSettings | null): URLSearchParams {
  const out = new URLSearchParams(url);
  if (!s) {
    return out;
  }
  const fill = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '' && !out.has(name)) {
      out.set(name, String(value));
    }
  };
  fill('titre', s.title);
  fill('par_page', s.pageSize ? Math.min(30, Math.max(5, s.pageSize)) : null);
  if (!COLOUR_PARAMS.some((p) => url.has(p))) {
    fill('couleur', s.primaryColor);
    fill('couleur_fond', s.backgroundColor);
    fill('couleur_texte', s.textColor);
  }
  if (!Object.keys(stateSpec).some((p) => url.has(p))) {
    const codes = NATURES.filter((n) => s.natures?.includes(n.value)).map((n) => n.code);
    fill('nature', codes.join(','));
    fill('classification', s.classifications?.[0]);
    fill('acte_du', s.dateFrom);
    fill('acte_au', s.dateTo);
    fill('annee', s.year);
  }
  return out;
}

/** Whether the URL names a valid SIREN (no settings request otherwise). */
export function sirenOf(url: URLSearchParams): string | null {
  return configSpec.siren.parse(url.get('siren') ?? '', () => undefined) ?? null;
}
