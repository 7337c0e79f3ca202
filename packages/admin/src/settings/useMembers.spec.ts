import { describe, expect, it } from 'vitest';
import { inviteMessage } from './useMembers';

describe('adding a member by e-mail', () => {
  it('always says, in French, what happened', () => {
    expect(inviteMessage('INVITED', 'Nina', 'nina@mairie.fr')).toBe(
      'Invitation envoyée à nina@mairie.fr. Nina rejoindra la collectivité en suivant le lien reçu par e-mail (valable 7 jours).',
    );
    expect(inviteMessage('ADDED', 'Nina', 'nina@mairie.fr')).toBe(
      'Nina (nina@mairie.fr) est maintenant membre de la collectivité.',
    );
  });
});
