/** One message to one recipient, plain text (the engine knows nothing of what it says). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** A message written by the file mailer, as read back from its `.eml` file. */
export interface SentMail {
  /** The file name under the mail folder. */
  id: string;
  date: Date;
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends account mails: through an SMTP server (SMTP_URL), or, by default, as `.eml` files
 * under `$DATA_DIR/mail/` that platform administrators read in the admin.
 */
export interface Mailer {
  readonly delivery: 'smtp' | 'files';
  /** Resolves once the server accepted the message (or its file is written). */
  send(message: MailMessage): Promise<void>;
  /** The latest messages written, newest first (always empty for SMTP). */
  latest(limit: number): Promise<SentMail[]>;
  close(): Promise<void>;
}
