import { describe, expect, it } from 'vitest';
import { ActNature, ActStatus } from './act.enums.js';
import { documentUrl, isActPublic, isDocumentPublic } from './act-visibility.js';

const org = { siren: '215600461', openDataActive: true, publishAnnexes: true };
const act = {
  id: 'a1',
  status: ActStatus.PUBLISHED,
  nature: ActNature.DELIBERATION,
  organization: org,
};
const main = { id: 'd1', annex: false, withheld: false, fileName: 'délibération n°1.pdf' };
const annex = { id: 'd2', annex: true, withheld: false, fileName: 'annexe.pdf' };

describe('public visibility', () => {
  it('publishes a published deliberation with its annexes', () => {
    expect(isActPublic(act)).toBe(true);
    expect(isDocumentPublic(act, annex)).toBe(true);
    expect(documentUrl('http://x', act, main)).toBe(
      'http://x/opendata/215600461/actes/a1/d1/d%C3%A9lib%C3%A9ration%20n%C2%B01.pdf',
    );
  });
  it('hides everything of an inactive organisation, deleted or unpublished acts', () => {
    expect(isActPublic({ ...act, organization: { ...org, openDataActive: false } })).toBe(false);
    expect(isActPublic({ ...act, deletedAt: new Date() })).toBe(false);
    expect(isActPublic({ ...act, status: ActStatus.NOT_PUBLISHED })).toBe(false);
    expect(documentUrl('http://x', { ...act, status: ActStatus.TO_DECIDE }, main)).toBeNull();
  });
  it('never makes an individual act public, even if published', () => {
    expect(isActPublic({ ...act, nature: ActNature.INDIVIDUAL })).toBe(false);
  });
  it('withholds annexes when asked or when the organisation does not publish them', () => {
    expect(isDocumentPublic(act, { ...annex, withheld: true })).toBe(false);
    expect(
      isDocumentPublic({ ...act, organization: { ...org, publishAnnexes: false } }, annex),
    ).toBe(false);
    expect(
      isDocumentPublic({ ...act, organization: { ...org, publishAnnexes: false } }, main),
    ).toBe(true);
  });
});
