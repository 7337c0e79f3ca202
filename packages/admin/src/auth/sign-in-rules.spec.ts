import { describe, expect, it } from 'vitest';
import { reasonMessage, safeRedirect, ssoCodeFromHash, ssoErrorMessage } from './sign-in-rules';

describe('sign-in rules', () => {
  it('follows only same-app paths after sign-in', () => {
    expect(safeRedirect('/actes?etat=0')).toBe('/actes?etat=0');
    expect(safeRedirect('//evil.example/')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });

  it('explains in French why the sign-in page is shown', () => {
    expect(reasonMessage('expired')).toBe('Votre session a expiré : reconnectez-vous.');
    expect(reasonMessage('signed-out')).toBe('Vous êtes déconnecté.');
    expect(reasonMessage('other')).toBeUndefined();
  });

  it('reads the single sign-on outcome', () => {
    expect(ssoCodeFromHash('#sso_code=abcDEF123_-xyz')).toBe('abcDEF123_-xyz');
    expect(ssoCodeFromHash('#sso_code=<script>')).toBeNull();
    expect(ssoCodeFromHash('')).toBeNull();
    expect(ssoErrorMessage('denied')).toBe('La connexion unique a été refusée ou annulée.');
    expect(ssoErrorMessage('quelque-chose')).toBe('La connexion unique a échoué. Réessayez.');
    expect(ssoErrorMessage(undefined)).toBeUndefined();
  });
});

describe('links received by e-mail', () => {
  it('reads the token of #jeton= and nothing else', async () => {
    const { linkTokenFromHash, newPasswordRules, sameAs } = await import('./sign-in-rules');
    const token = `pwd_${'a'.repeat(43)}`;
    expect(linkTokenFromHash(`#jeton=${token}`)).toBe(token);
    expect(linkTokenFromHash('#jeton=<script>')).toBeNull();
    expect(linkTokenFromHash('#sso_code=abc')).toBeNull();
    expect(newPasswordRules.map((r) => r('court'))).toContain(
      'Le mot de passe doit comporter au moins 8 caractères.',
    );
    expect(newPasswordRules.every((r) => r('assez-long') === true)).toBe(true);
    expect(sameAs(() => 'a')('b')).toBe('Les deux mots de passe ne sont pas identiques.');
  });
});
