import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config.js';

const OIDC = {
  OIDC_ISSUER: 'https://sso.example/realms/x',
  OIDC_CLIENT_ID: 'c',
  OIDC_CLIENT_SECRET: 's',
};

describe('identity configuration', () => {
  it('reads the OIDC role mapping, scopes and rate limits', () => {
    const config = loadConfig({
      ...OIDC,
      OIDC_SCOPES: 'email siret',
      OIDC_ROLE_MAPPING:
        '[{"claim":"siret"},{"claim":"groups","equals":"opsn","platformAdmin":true}]',
      RATE_LIMIT_ANONYMOUS: '10',
      TRUST_PROXY: '1',
    });
    expect(config.oidc?.scopes).toBe('openid email siret');
    expect(config.oidc?.roleMapping).toEqual([
      { claim: 'siret' },
      { claim: 'groups', equals: 'opsn', platformAdmin: true },
    ]);
    expect(config.rateLimits).toEqual({
      windowSeconds: 60,
      anonymousPerIp: 10,
      perApiKey: 1200,
      loginFailuresPerIp: 100,
    });
    expect(config.trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('refuses a bad mapping with the variable named', () => {
    for (const bad of [
      'not json',
      '[{"claim":"groups","siren":"215600461"}]',
      '[{"claim":"x","role":"BOSS"}]',
    ]) {
      try {
        loadConfig({ ...OIDC, OIDC_ROLE_MAPPING: bad });
        expect.unreachable(bad);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).problems.join('\n')).toMatch(/^OIDC_ROLE_MAPPING:/m);
      }
    }
  });
});
