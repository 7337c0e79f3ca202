import { describe, expect, it } from 'vitest';
import { isValidSiren, isValidSiret, luhnValid } from './siret.js';

describe('SIREN / SIRET checks', () => {
  it('accepts real identifiers', () => {
    expect(isValidSiren('215600461')).toBe(true);
    expect(isValidSiret('21560046100085')).toBe(true);
    expect(isValidSiret('35600000000010')).toBe(true);
  });
  it('rejects a wrong check digit, letters and wrong lengths', () => {
    expect(isValidSiret('21560046100086')).toBe(false);
    expect(isValidSiret('2156004610008A')).toBe(false);
    expect(isValidSiret('2156004610008')).toBe(false);
    expect(isValidSiren('21560046')).toBe(false);
  });
  it('computes Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
