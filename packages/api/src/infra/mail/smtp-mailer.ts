import { createTransport } from 'nodemailer';
import type { Mailer, MailMessage, SentMail } from './mailer.js';

/** Mail through an SMTP server: `smtp://user:password@host:587` (STARTTLS) or `smtps://…:465`. */
export class SmtpMailer implements Mailer {
  readonly delivery = 'smtp' as const;
  private readonly transport: ReturnType<typeof createTransport>;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  latest(): Promise<SentMail[]> {
    return Promise.resolve([]);
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }
}
