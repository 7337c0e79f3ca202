import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A REAL OpenID Connect provider (the `oidc-provider` package: discovery, authorization code
 * + PKCE, signed ID tokens, userinfo) on a local port, for end-to-end tests of the single
 * sign-on. Only the login screen is automated: whoever is in `nextAccount` signs in and
 * consents at once (or refuses, when `refuse` is set).
 */
export interface TestAccount {
  sub: string;
  email: string;
  email_verified?: boolean;
  name?: string;
  siren?: string[];
  groups?: string[];
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  nextAccount: TestAccount | null;
  refuse: boolean;
  /** Registers the relying party's redirect URI (known once the api is started). */
  start(redirectUri: string): void;
  close(): Promise<void>;
}

export async function startOidcTestProvider(): Promise<OidcTestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const state: OidcTestProvider = {
    issuer,
    clientId: 'plateforme-open-data',
    clientSecret: 'secret-du-client-de-test-0123456789',
    nextAccount: null,
    refuse: false,
    start(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: state.clientId,
            client_secret: state.clientSecret,
            redirect_uris: [redirectUri],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        claims: {
          openid: ['sub'],
          email: ['email', 'email_verified'],
          profile: ['name', 'siren', 'groups'],
        },
        cookies: { keys: ['cle-de-cookies-de-test'] },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        findAccount: (_ctx, sub) => {
          const account = accounts.get(sub);
          return account ? { accountId: sub, claims: () => ({ ...account }) } : undefined;
        },
      });
      server.on('request', (req, res) => {
        const m = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
        if (!m) {
          void provider.callback()(req, res);
          return;
        }
        void (async () => {
          const details = await provider.interactionDetails(req, res);
          if (state.refuse) {
            await provider.interactionFinished(req, res, {
              error: 'access_denied',
              error_description: 'refusé',
            });
            return;
          }
          if (details.prompt.name === 'login') {
            const account = state.nextAccount!;
            accounts.set(account.sub, account);
            await provider.interactionFinished(req, res, { login: { accountId: account.sub } });
            return;
          }
          const grant = new provider.Grant({
            accountId: details.session!.accountId,
            clientId: state.clientId,
          });
          grant.addOIDCScope(String(details.params.scope));
          await provider.interactionFinished(
            req,
            res,
            { consent: { grantId: await grant.save() } },
            { mergeWithLastSubmission: true },
          );
        })().catch((err: unknown) => {
          res.statusCode = 500;
          res.end(String(err));
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return state;
}

/** A minimal cookie jar per origin, for following redirects by hand. */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  store(url: string, res: Response): void {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (value === '' || /max-age=0/i.test(c) || /expires=thu, 01 jan 1970/i.test(c)) {
        jar.delete(name);
      } else {
        jar.set(name, value);
      }
    }
    this.jars.set(origin, jar);
  }

  header(url: string): string {
    const jar = this.jars.get(new URL(url).origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  drop(url: string, name: string): void {
    this.jars.get(new URL(url).origin)?.delete(name);
  }
}

/** Follows redirects (with cookies) until `stopAt` is reached; returns that URL, not fetched. */
export async function followUntil(
  start: string,
  stopAt: (url: string) => boolean,
  jar: CookieJar,
): Promise<string> {
  let url = start;
  for (let hops = 0; hops < 20; hops++) {
    if (stopAt(url)) {
      return url;
    }
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
    jar.store(url, res);
    const location = res.headers.get('location');
    if (!location || res.status < 300 || res.status >= 400) {
      throw new Error(`${url} answered ${res.status} without a redirect: ${await res.text()}`);
    }
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}
