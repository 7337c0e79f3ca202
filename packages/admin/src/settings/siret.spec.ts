import { describe, expect, it } from 'vitest';
import { siretProblem } from './siret';

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
