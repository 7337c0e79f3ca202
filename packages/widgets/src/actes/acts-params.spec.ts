import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  parseConfig,
  parseState,
  sameState,
  searchQuery,
  type EmbedConfig,
  type SearchState,
} from './acts-params';
import { actHref, actPageHref, routeOf, searchHref } from './route';

function collect() {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => warnings.push(m) };
}

const config: EmbedConfig = parseConfig('?siren=213502388', () => undefined);

const full: SearchState = {
  query: 'médiathèque municipale',
  natures: ['DELIBERATION', 'BUDGET'],
  classification: '8.5',
  year: 2024,
  actFrom: '2024-01-01',
  actTo: '2024-12-31',
  publishedFrom: '2024-02-01',
  publishedTo: '2024-03-01',
  sort: 'date_asc',
};

describe('search state ↔ URL', () => {
  it('writes every filter under its documented name, and reads it back unchanged', () => {
    const q = searchQuery(config, full);
    expect(Object.fromEntries(q)).toEqual({
      siren: '213502388',
      recherche: 'médiathèque municipale',
      nature: '1,5',
      classification: '8.5',
      annee: '2024',
      acte_du: '2024-01-01',
      acte_au: '2024-12-31',
      publie_du: '2024-02-01',
      publie_au: '2024-03-01',
      tri: 'date_asc',
    });
    const { warnings, warn } = collect();
    expect(parseState(`?${q.toString()}`, warn)).toEqual(full);
    expect(warnings).toEqual([]);
  });

  it('leaves empty values and defaults out of the URL', () => {
    expect(searchQuery(config, { ...EMPTY_STATE, query: '   ' }).toString()).toBe(
      'siren=213502388',
    );
    expect(parseState('?siren=213502388', () => undefined)).toEqual(EMPTY_STATE);
  });

  it('keeps the appearance parameters in every URL it builds', () => {
    const themed = parseConfig(
      '?siren=213502388&titre=D%C3%A9lib%C3%A9rations&theme=vert-tours&couleur=%23005A9C&couleur_fond=fafafa&couleur_texte=111&par_page=20',
      () => undefined,
    );
    expect(themed).toMatchObject({
      title: 'Délibérations',
      colour: '#005a9c',
      backgroundColour: '#fafafa',
      textColour: '#111111',
      pageSize: 20,
    });
    const href = searchHref(themed, { ...EMPTY_STATE, year: 2023 }, '/widgets/actes/');
    expect(href).toBe(
      '/widgets/actes/?siren=213502388&titre=D%C3%A9lib%C3%A9rations&theme=vert-tours&couleur=%23005a9c' +
        '&couleur_fond=%23fafafa&couleur_texte=%23111111&par_page=20&annee=2023',
    );
    expect(parseConfig(href.split('?')[1]!, () => undefined)).toEqual(themed);
  });

  it('gives each act a permalink with the appearance only, and a history URL with the search', () => {
    expect(actHref(config, 'abc-123', '/widgets/actes/')).toBe(
      '/widgets/actes/abc-123?siren=213502388',
    );
    expect(
      actPageHref(config, { ...EMPTY_STATE, query: 'voirie' }, 'abc-123', '/widgets/actes/'),
    ).toBe('/widgets/actes/abc-123?siren=213502388&recherche=voirie');
    expect(routeOf('/widgets/actes/abc-123', '/widgets/actes/')).toEqual({
      view: 'act',
      id: 'abc-123',
    });
    expect(routeOf('/widgets/actes/', '/widgets/actes/')).toEqual({ view: 'search' });
    expect(routeOf('/widgets/actes/index.html', '/widgets/actes/')).toEqual({ view: 'search' });
  });

  it('replaces invalid values by defaults and warns about each, never throwing', () => {
    const { warnings, warn } = collect();
    const s = parseState(
      '?nature=3,1,x&classification=12&annee=99&acte_du=2024-02-30&publie_du=2024-05-01&publie_au=2024-01-01&tri=hasard',
      warn,
    );
    expect(s).toEqual({ ...EMPTY_STATE, natures: ['DELIBERATION'] });
    const text = warnings.join('\n');
    for (const word of [
      'nature 3',
      '"x"',
      'classification',
      'annee',
      'acte_du',
      'publie_du/publie_au',
      'tri',
    ]) {
      expect(text).toContain(word);
    }
    const c = collect();
    const conf = parseConfig(
      '?siren=12&theme=fluo&couleur=bleu&par_page=500&titre=' + 'x'.repeat(200),
      c.warn,
    );
    expect(conf).toEqual({
      siren: null,
      title: 'Actes publiés',
      theme: 'defaut',
      colour: null,
      linkColour: null,
      backgroundColour: null,
      textColour: null,
      pageSize: 10,
    });
    expect(c.warnings).toHaveLength(5);
  });

  it('keeps one matière of a list, and compares states regardless of surrounding spaces', () => {
    const { warnings, warn } = collect();
    expect(parseState('?classification=7.1,2', warn).classification).toBe('7.1');
    expect(warnings[0]).toMatch(/only one matière/);
    expect(
      sameState({ ...EMPTY_STATE, query: ' voirie ' }, { ...EMPTY_STATE, query: 'voirie' }),
    ).toBe(true);
    expect(sameState(EMPTY_STATE, { ...EMPTY_STATE, year: 2024 })).toBe(false);
  });
});
