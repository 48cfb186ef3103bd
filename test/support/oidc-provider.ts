import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata } from 'oidc-provider';

export interface IdpAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
}

/**
 * A real, certified OpenID provider (the `oidc-provider` package) on 127.0.0.1 for the tests. It has no login
 * screen: the interaction endpoint signs in `nextLogin` (set by the test) and grants what the client asked, so a
 * test drives the whole authorization code flow over HTTP.
 */
export class LocalIdp {
  issuer = '';
  nextLogin: string | null = null;
  readonly accounts = new Map<string, IdpAccount>();
  private provider: Provider | null = null;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  async listen() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Clients are known once the portal's provider ids (in the redirect URIs) are. */
  configure(clients: ClientMetadata[]) {
    this.provider = new Provider(this.issuer, {
      clients,
      cookies: { keys: ['test-idp-cookie-key-0123456789'] },
      pkce: { required: () => true },
      features: { devInteractions: { enabled: false } },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx, sub) => {
        const account = this.accounts.get(sub);
        return account ? { accountId: sub, claims: () => ({ ...account }) } : undefined;
      },
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const provider = this.provider;
    if (!provider) return void res.writeHead(503).end();
    if (!req.url?.startsWith('/interaction/')) return provider.callback()(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        if (!this.nextLogin) return void res.writeHead(401).end('nobody to sign in');
        return await provider.interactionFinished(req, res, { login: { accountId: this.nextLogin } });
      }
      const accountId = details.session?.accountId ?? '';
      const grant = details.grantId
        ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId: '' }))
        : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  }

  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * A browser's trip through the provider: follows its redirects (keeping its cookies) from the authorization URL
 * until it points back at the portal, and returns that URL.
 */
export async function walkIdp(authorizationUrl: string, issuer: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair!.indexOf('=');
      jar.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`identity provider stopped at ${url}: ${response.status} ${await response.text()}`);
    const next = new URL(location, url);
    if (!next.href.startsWith(issuer)) return next;
    url = next.href;
  }
  throw new Error('identity provider redirected too often');
}
