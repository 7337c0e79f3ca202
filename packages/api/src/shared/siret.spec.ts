import { describe, expect, it } from 'vitest';
import {
  isValidSiren,
  isValidSirenKey,
  isValidSiret,
  luhnValid,
  sirenProblem,
  siretProblem,
} from './siret.js';

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
  it('checks the key of a SIREN typed by staff', () => {
    expect(isValidSirenKey('215600461')).toBe(true);
    expect(isValidSirenKey('215600462')).toBe(false);
    expect(sirenProblem('215 600 461')).toBeNull();
    expect(sirenProblem('21560046')).toBe('Le SIREN comporte exactement 9 chiffres.');
    expect(sirenProblem('215600462')).toMatch(/clé de contrôle est fausse/);
  });
});

describe('siretProblem', () => {
  it('accepts a valid SIRET of the organisation or an empty field', () => {
    expect(siretProblem('21560046100085', '215600461')).toBeNull();
    expect(siretProblem('215 600 461 00085', '215600461')).toBeNull();
    expect(siretProblem('', '215600461')).toBeNull();
  });

  it('explains every refusal in French', () => {
    expect(siretProblem('2156004610008', '215600461')).toBe(
      'Le SIRET comporte exactement 14 chiffres.',
    );
    expect(siretProblem('20006721300017', '215600461')).toMatch(/doit commencer par le SIREN/);
    expect(siretProblem('21560046100086', '215600461')).toMatch(/clé de contrôle est fausse/);
  });
});
