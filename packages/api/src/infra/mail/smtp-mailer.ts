import type { Mailer, MailMessage, SentMail } from './mailer.js';

/** nodemailer loads with the first message, not at start-up. */
async function newTransport(url: string) {
  const { createTransport } = await import('nodemailer');
  return createTransport(url);
}

/** Mail through an SMTP server: `smtp://user:password@host:587` (STARTTLS) or `smtps://…:465`. */
export class SmtpMailer implements Mailer {
  readonly delivery = 'smtp' as const;
  private transport?: ReturnType<typeof newTransport>;

  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {}

  async send(message: MailMessage): Promise<void> {
    this.transport ??= newTransport(this.url);
    await (await this.transport).sendMail({ from: this.from, ...message });
  }

  latest(): Promise<SentMail[]> {
    return Promise.resolve([]);
  }

  async close(): Promise<void> {
    (await this.transport)?.close();
  }
}
