import type { Case } from '../platform/cross-account-cases.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { SoftAuthenticator } from '../../support/webauthn-authenticator.ts';

/** Passkeys belong to one person: another person's passkey id reads as missing (platform/cross-account.test.ts). */
export const PASSKEY_CASES: Case[] = [
  { method: 'PATCH', route: '/api/v1/me/passkeys/:passkeyId', scope: 'account', body: () => ({ name: 'Taken over' }) },
  { method: 'DELETE', route: '/api/v1/me/passkeys/:passkeyId', scope: 'account' },
  // The firm's integrations: portal-wide, staff owners and admins only (a client is refused, 403).
  { method: 'DELETE', route: '/api/v1/service-tokens/:serviceTokenId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/service-tokens/:serviceTokenId',
    scope: 'staff',
    body: () => ({ requestsPerMinute: 10 }),
  },
];

/** Registers a passkey for the signed-in client with the software authenticator; returns its id. */
export async function passkeyIdOf(client: HttpClient, baseUrl: string): Promise<string> {
  const started = (await client.post('/api/v1/me/passkeys/registration-options')).json() as {
    challengeId: string;
    options: Record<string, unknown> & { challenge: string };
  };
  const { response } = new SoftAuthenticator(baseUrl).create(started.options);
  const added = await client.post('/api/v1/me/passkeys', { challengeId: started.challengeId, name: 'Key', response });
  return (added.json() as { passkey: { id: string } }).passkey.id;
}
