import type { Config } from '../../core/config.js';
import { FileMailer } from './file-mailer.js';
import type { Mailer } from './mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

/** SMTP when SMTP_URL is set, else `.eml` files under `$DATA_DIR/mail/`. */
export function createMailer(config: Config['mail']): Mailer {
  return config.smtpUrl
    ? new SmtpMailer(config.smtpUrl, config.from)
    : new FileMailer(config.dir, config.from);
}
