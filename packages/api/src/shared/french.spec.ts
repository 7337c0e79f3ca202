import { describe, expect, it } from 'vitest';
import { ofName } from './french.js';

describe('ofName', () => {
  it('elides « de » before a vowel, accented or not, and keeps it otherwise', () => {
    expect(`Rôle ${ofName("Agent d'accueil")}`).toBe("Rôle d’Agent d'accueil");
    expect(`Rôle ${ofName('Élodie Martin')}`).toBe('Rôle d’Élodie Martin');
    expect(`Contenu ${ofName('annexe.pdf')}`).toBe('Contenu d’annexe.pdf');
    expect(`Rôle ${ofName('Marie Dupont')}`).toBe('Rôle de Marie Dupont');
    expect(`Rôle ${ofName('Hugo')}`).toBe('Rôle de Hugo');
    expect(`Rôle ${ofName('  Yves ')}`).toBe('Rôle d’Yves');
  });
});
