import { describe, expect, it } from 'vitest';
import { parseActsParams } from '../actes/acts-params';
import { enumParam, listParam, parseEmbedParams, sirenParam } from './embed-params';

function collect() {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => warnings.push(m) };
}

describe('parseEmbedParams', () => {
  it('maps valid parameters to typed values', () => {
    const { warnings, warn } = collect();
    const p = parseActsParams(
      '?siren=253%20514%20491&theme=Vert-Tours&recherche=voirie&types_actes=1,71&classifications=2,7' +
        '&date_debut=2024-01-01&date_fin=2024-12-31&publications_en_cours',
      warn,
    );
    expect(p).toEqual({
      siren: '253514491',
      theme: 'vert-tours',
      recherche: 'voirie',
      types_actes: ['1', '71'],
      classifications: ['2', '7'],
      date_debut: '2024-01-01',
      date_fin: '2024-12-31',
      publications_en_cours: true,
    });
    expect(warnings).toEqual([]);
  });

  it('gives defaults when parameters are missing', () => {
    const { warnings, warn } = collect();
    expect(parseActsParams('', warn)).toEqual({
      siren: null,
      theme: 'defaut',
      recherche: '',
      types_actes: [],
      classifications: [],
      date_debut: null,
      date_fin: null,
      publications_en_cours: false,
    });
    expect(warnings).toEqual([]);
  });

  it('replaces invalid values by defaults and warns about each', () => {
    const { warnings, warn } = collect();
    const p = parseActsParams(
      '?siren=12345&theme=violet&types_actes=1,99,3&classifications=0,x&date_debut=2024-02-30&publications_en_cours=non',
      warn,
    );
    expect(p.siren).toBeNull();
    expect(p.theme).toBe('defaut');
    expect(p.types_actes).toEqual(['1', '3']);
    expect(p.classifications).toEqual([]);
    expect(p.date_debut).toBeNull();
    expect(p.publications_en_cours).toBe(false);
    expect(warnings.join('\n')).toMatch(/siren/);
    expect(warnings.join('\n')).toMatch(/theme/);
    expect(warnings.join('\n')).toMatch(/"99"/);
    expect(warnings.join('\n')).toMatch(/date_debut/);
  });

  it('drops an inverted date range as a whole', () => {
    const { warnings, warn } = collect();
    const p = parseActsParams('?date_debut=2024-12-31&date_fin=2024-01-01', warn);
    expect([p.date_debut, p.date_fin]).toEqual([null, null]);
    expect(warnings).toHaveLength(1);
  });

  it('builds typed objects from any spec', () => {
    const spec = {
      siren: sirenParam(),
      mode: enumParam(['a', 'b'] as const, 'a'),
      tags: listParam(['x', 'y'] as const),
    };
    const p = parseEmbedParams(new URLSearchParams('mode=b&tags=y,y,x'), spec, () => undefined);
    const mode: 'a' | 'b' = p.mode;
    expect(mode).toBe('b');
    expect(p.tags).toEqual(['y', 'x']);
    expect(p.siren).toBeNull();
  });
});
