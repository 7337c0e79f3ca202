import { describe, expect, it } from 'vitest';
import { ActNature, PublicationDecision as D } from './act.enums.js';
import { decisionFor, decisionRule } from './act-rules.js';

describe('publication decision (POD)', () => {
  it('maps explicit POD values', () => {
    expect(decisionFor('3', ActNature.OTHER)).toBe(D.PUBLISH);
    expect(decisionFor(1, ActNature.DELIBERATION)).toBe(D.DO_NOT_PUBLISH);
    expect(decisionFor('2', ActNature.DELIBERATION)).toBe(D.UNDECIDED);
    expect(decisionFor('0', ActNature.DELIBERATION)).toBe(D.UNDECIDED);
  });
  it('defaults by nature when POD is missing or empty', () => {
    expect(decisionFor(undefined, ActNature.DELIBERATION)).toBe(D.PUBLISH);
    expect(decisionFor('', ActNature.REGULATORY)).toBe(D.PUBLISH);
    expect(decisionFor(null, ActNature.BUDGET)).toBe(D.PUBLISH);
    expect(decisionFor('', ActNature.INDIVIDUAL)).toBe(D.DO_NOT_PUBLISH);
    expect(decisionFor('', ActNature.OTHER)).toBe(D.DO_NOT_PUBLISH);
    expect(decisionFor('', ActNature.CONTRACT)).toBe(D.UNDECIDED);
    expect(decisionFor('', ActNature.OUTSIDE_CONTROL)).toBe(D.UNDECIDED);
  });
  it('never publishes an individual act automatically', () => {
    expect(decisionFor('3', ActNature.INDIVIDUAL)).toBe(D.UNDECIDED);
  });
});

describe('decisionRule: why a deposited act got its decision', () => {
  it('names the transmitted choice', () => {
    expect(decisionRule('3', ActNature.DELIBERATION)).toBe(
      'choix transmis par Pastell (publication_open_data = 3) : publier',
    );
    expect(decisionRule('2', ActNature.DELIBERATION)).toBe(
      'choix transmis par Pastell (publication_open_data = 2) : à statuer',
    );
  });
  it('names the default of the nature when no choice came', () => {
    expect(decisionRule(undefined, ActNature.REGULATORY)).toBe(
      'aucun choix transmis : règle par défaut pour la nature « Acte réglementaire » : publier',
    );
    expect(decisionRule('', ActNature.OTHER)).toBe(
      'aucun choix transmis : règle par défaut pour la nature « Autre » : ne pas publier',
    );
  });
  it('says why an individual act is never published automatically', () => {
    expect(decisionRule('3', ActNature.INDIVIDUAL)).toMatch(/à statuer \(un acte individuel/);
  });
});
