import { describe, expect, it } from 'vitest';
import { TypoVocabulary } from './sqlite-typos.js';
import { tokenize } from './text.js';

describe('TypoVocabulary.wordsOf', () => {
  it('keeps the folded words of 4 to 40 letters, like folding the whole text', () => {
    const texts = [
      'Délibération n°2024-12 : ÉCOLE, éclairage… Ǆemal İstanbul naïve ﬁnance 3ème x² coopération',
      `Le Conseil\u0301 municipal a\u0300 approuvé l'avenant n° 3 ; ${'a'.repeat(41)} ok`,
    ];
    const words = new Set<string>();
    TypoVocabulary.wordsOf(texts, words);
    const expected = new Set(
      texts
        .flatMap((t) => tokenize(t))
        .filter((w) => w.length >= 4 && w.length <= 40 && !/\p{N}/u.test(w)),
    );
    expect([...words].sort()).toEqual([...expected].sort());
    expect(words.has('deliberation')).toBe(true);
    expect(words.has('ecole')).toBe(true);
  });
});
