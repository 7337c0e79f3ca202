import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { createMailer } from './create-mailer.js';
import { FileMailer, MAX_MAIL_FILES } from './file-mailer.js';

const message = {
  to: 'élise.dupont@mairie.test',
  subject: 'Réinitialisation de votre mot de passe',
  text: 'Bonjour,\n\nSuivez ce lien : https://exemple.test/admin/nouveau-mot-de-passe#jeton=pwd_abc-DEF_123\n\nÀ bientôt.',
};

describe('SMTP mailer, against a real SMTP server on loopback', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.close();
  });

  it('delivers a French message with the configured sender, signing in with the URL’s account', async () => {
    const mailer = createMailer({
      smtpUrl: sink.url,
      from: 'Mairie <robot@mairie.test>',
      dir: '/nowhere',
    });
    expect(mailer.delivery).toBe('smtp');
    await mailer.send(message);
    await mailer.close();
    const got = await sink.waitFor(message.to);
    expect(got).toMatchObject({
      from: 'robot@mairie.test',
      subject: message.subject,
      user: 'plateforme',
    });
    expect(got.text.trim()).toBe(message.text);
    expect(await mailer.latest(10)).toEqual([]);
  });

  it('fails when the server refuses the account', async () => {
    const bad = sink.url.replace('secret-smtp', 'mauvais');
    const mailer = createMailer({ smtpUrl: bad, from: 'robot@mairie.test', dir: '/nowhere' });
    await expect(mailer.send(message)).rejects.toThrow(/Invalid/);
    await mailer.close();
  });
});

describe('file mailer (the embedded default)', () => {
  it('writes each message as a complete .eml file under the mail folder and reads the latest back', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'mail-')), 'mail');
    const mailer = createMailer({ from: 'Plateforme <ne-pas-repondre@localhost>', dir });
    expect(mailer.delivery).toBe('files');
    expect(await mailer.latest(5)).toEqual([]);
    await mailer.send(message);
    await mailer.send({ ...message, subject: 'Deuxième' });
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^\d{8}T\d{9}Z-[0-9a-f]{8}\.eml$/.test(f))).toBe(true);
    const raw = await readFile(path.join(dir, files[0]!), 'utf8');
    expect(raw).toMatch(/^From: Plateforme <ne-pas-repondre@localhost>\r?$/m);
    expect(raw).toMatch(/^Message-ID: </m);
    const latest = await mailer.latest(5);
    expect(latest.map((m) => m.subject)).toEqual(['Deuxième', message.subject]);
    expect(latest[1]).toMatchObject({ to: message.to, id: files[0] });
    expect(latest[1]!.text.trim()).toBe(message.text);
    await mailer.close();
  });

  it('keeps the latest files only, and ignores anything else in the folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mail-'));
    for (let i = 0; i < MAX_MAIL_FILES; i++) {
      await writeFile(
        path.join(dir, `20000101T000000${String(i).padStart(3, '0')}Z-00000000.eml`),
        '',
      );
    }
    await writeFile(path.join(dir, 'notes.txt'), 'à garder');
    const mailer = new FileMailer(dir, 'robot@localhost');
    await mailer.send(message);
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.eml'))).toHaveLength(MAX_MAIL_FILES);
    expect(names).toContain('notes.txt');
    expect(names).not.toContain('20000101T000000000Z-00000000.eml');
    expect((await mailer.latest(1))[0]!.subject).toBe(message.subject);
  });
});
