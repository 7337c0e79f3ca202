import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PostalMime from 'postal-mime';
import type { Mailer, MailMessage, SentMail } from './mailer.js';

/** Files kept in the mail folder (the oldest beyond are deleted as new ones arrive). */
export const MAX_MAIL_FILES = 1000;
const EML = /^\d{8}T\d{9}Z-[0-9a-f]{8}\.eml$/;

/** nodemailer loads with the first message, not at start-up. */
async function newComposer() {
  const { createTransport } = await import('nodemailer');
  return createTransport({ streamTransport: true, buffer: true });
}

/**
 * The embedded default: each message is written, fully formed (RFC 5322, as an SMTP server
 * would receive it), to `<dir>/<UTC time>-<random>.eml`, atomically (a temporary file renamed),
 * so that a single-machine install works with no mail server.
 */
export class FileMailer implements Mailer {
  readonly delivery = 'files' as const;
  private composer?: ReturnType<typeof newComposer>;

  constructor(
    readonly dir: string,
    private readonly from: string,
  ) {}

  async send(message: MailMessage): Promise<void> {
    this.composer ??= newComposer();
    const info = await (await this.composer).sendMail({ from: this.from, ...message });
    await mkdir(this.dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    const name = `${stamp}-${randomBytes(4).toString('hex')}.eml`;
    const tmp = path.join(this.dir, `.${name}.tmp`);
    await writeFile(tmp, info.message as Buffer, { mode: 0o600 });
    await rename(tmp, path.join(this.dir, name));
    await this.prune();
  }

  async latest(limit: number): Promise<SentMail[]> {
    const names = (await this.names()).slice(0, Math.max(0, limit));
    return Promise.all(names.map((name) => this.read(name)));
  }

  async close(): Promise<void> {
    (await this.composer)?.close();
  }

  /** Message files, newest first (their names sort by time). */
  private async names(): Promise<string[]> {
    const all = await readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        return [] as string[];
      }
      throw err;
    });
    return all.filter((n) => EML.test(n)).sort((a, b) => b.localeCompare(a));
  }

  private async read(name: string): Promise<SentMail> {
    const email = await PostalMime.parse(await readFile(path.join(this.dir, name)));
    return {
      id: name,
      date: email.date ? new Date(email.date) : new Date(0),
      to: (email.to ?? []).map((a) => ('address' in a ? a.address : a.name)).join(', '),
      subject: email.subject ?? '',
      text: email.text ?? '',
    };
  }

  private async prune(): Promise<void> {
    const names = await this.names();
    for (const old of names.slice(MAX_MAIL_FILES)) {
      await rm(path.join(this.dir, old), { force: true });
    }
  }
}
