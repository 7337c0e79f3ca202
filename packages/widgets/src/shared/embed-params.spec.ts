import { describe, expect, it } from 'vitest';
import { colourParam } from './colour-param';
import {
  dateParam,
  enumParam,
  flagParam,
  intParam,
  listParam,
  parseEmbedParams,
  sirenParam,
  textParam,
} from './embed-params';

function collect() {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => warnings.push(m) };
}

const spec = {
  siren: sirenParam(),
  mode: enumParam(['a', 'b'] as const, 'a'),
  tags: listParam(['x', 'y'] as const),
  size: intParam(5, 30, 10),
  year: intParam(1900, 2200, null),
  day: dateParam(),
  colour: colourParam(),
  title: textParam(10),
  flag: flagParam(),
};

describe('parseEmbedParams', () => {
  it('maps valid parameters to typed values', () => {
    const { warnings, warn } = collect();
    const p = parseEmbedParams(
      '?siren=213%20502%20388&mode=B&tags=y,y,x&size=20&year=2024&day=2024-02-29&colour=%23ABC&title=Actes&flag',
      spec,
      warn,
    );
    const mode: 'a' | 'b' = p.mode;
    expect(mode).toBe('b');
    expect(p).toEqual({
      siren: '213502388',
      mode: 'b',
      tags: ['y', 'x'],
      size: 20,
      year: 2024,
      day: '2024-02-29',
      colour: '#aabbcc',
      title: 'Actes',
      flag: true,
    });
    expect(warnings).toEqual([]);
  });

  it('gives defaults when parameters are missing or empty', () => {
    const { warnings, warn } = collect();
    expect(parseEmbedParams('?size=&tags=', spec, warn)).toEqual({
      siren: null,
      mode: 'a',
      tags: [],
      size: 10,
      year: null,
      day: null,
      colour: null,
      title: '',
      flag: false,
    });
    expect(warnings).toEqual([]);
  });

  it('replaces each invalid value by its default, with one warning naming the parameter', () => {
    const { warnings, warn } = collect();
    const p = parseEmbedParams(
      '?siren=12345&mode=c&tags=z&size=4&year=20x4&day=2023-02-29&colour=%23ggg&title=much%20too%20long&flag=non',
      spec,
      warn,
    );
    expect(p).toEqual(parseEmbedParams('', spec, () => undefined));
    for (const name of ['siren', 'mode', 'tags', 'size', 'year', 'day', 'colour', 'title']) {
      expect(
        warnings.some((w) => w.includes(name)),
        name,
      ).toBe(true);
    }
  });
});
