import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('reads DEPOSIT_PREP_THREADS: unset or empty is the default, 0 keeps zips on the event loop, junk is refused', () => {
    const threads = (v?: string) =>
      loadConfig({ DATA_DIR: '/tmp/opendata-config', DEPOSIT_PREP_THREADS: v }).depositPrepThreads;
    expect(threads(undefined)).toBeNull();
    expect(threads('')).toBeNull();
    expect(threads('0')).toBe(0);
    expect(threads('3')).toBe(3);
    expect(() => threads('trois')).toThrow(/DEPOSIT_PREP_THREADS/);
  });

  it('reads the mail settings: files under DATA_DIR/mail by default, SMTP_URL and MAIL_FROM checked', () => {
    const mail = (env: Record<string, string>) =>
      loadConfig({ DATA_DIR: '/tmp/opendata-config', ...env }).mail;
    expect(mail({})).toEqual({
      smtpUrl: undefined,
      from: 'Plateforme open data <ne-pas-repondre@localhost>',
      dir: '/tmp/opendata-config/mail',
    });
    expect(mail({ PUBLIC_URL: 'https://opendata.exemple.fr' }).from).toBe(
      'Plateforme open data <ne-pas-repondre@opendata.exemple.fr>',
    );
    expect(
      mail({
        SMTP_URL: 'smtps://robot:s%40cret@smtp.exemple.fr:465',
        MAIL_FROM: 'Mairie <m@x.fr>',
      }),
    ).toMatchObject({
      smtpUrl: 'smtps://robot:s%40cret@smtp.exemple.fr:465',
      from: 'Mairie <m@x.fr>',
    });
    expect(() => mail({ SMTP_URL: 'http://smtp.exemple.fr' })).toThrow(/SMTP_URL/);
    expect(() => mail({ MAIL_FROM: 'pas une adresse' })).toThrow(/MAIL_FROM/);
  });
});
