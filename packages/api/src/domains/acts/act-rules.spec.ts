import { describe, expect, it } from 'vitest';
import { ActNature, PublicationDecision as D } from './act.enums.js';
import { decisionFor } from './act-rules.js';

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
