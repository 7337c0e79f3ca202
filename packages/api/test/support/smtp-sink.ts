import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
  /** The account the client signed in with (AUTH), if any. */
  user?: string;
}

export interface SmtpSink {
  /** `smtp://user:password@127.0.0.1:port` for SMTP_URL. */
  url: string;
  mails: ReceivedMail[];
  /** Waits for the first mail to `to` received after `since` mails (polling). */
  waitFor(to: string, since?: number, ms?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback (the `smtp-server` package): it takes AUTH PLAIN/LOGIN with
 * one account, no TLS (loopback only), and keeps every message it accepts, parsed.
 */
export async function startSmtpSink(
  user = 'plateforme',
  password = 'secret-smtp',
): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) {
        callback(null, { user });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        PostalMime.parse(raw)
          .then((email) => {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: email.subject ?? '',
              text: email.text ?? '',
              raw: raw.toString('utf8'),
              user: typeof session.user === 'string' ? session.user : undefined,
            });
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    mails,
    async waitFor(to, since = 0, ms = 10_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = mails.slice(since).find((m) => m.to.includes(to));
        if (found) {
          return found;
        }
        if (Date.now() > deadline) {
          throw new Error(`no mail to ${to} within ${ms} ms`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
