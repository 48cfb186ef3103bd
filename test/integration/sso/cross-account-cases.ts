import type { Case } from '../platform/cross-account-cases.ts';

/** Single sign-on providers (firm-wide, staff only) in the cross-account walk (platform/cross-account.test.ts). */
export const SSO_CASES: Case[] = [
  { method: 'GET', route: '/api/v1/sso/providers/:providerId', scope: 'staff' },
  { method: 'PATCH', route: '/api/v1/sso/providers/:providerId', scope: 'staff', body: () => ({ version: 1 }) },
  { method: 'DELETE', route: '/api/v1/sso/providers/:providerId', scope: 'staff' },
  { method: 'POST', route: '/api/v1/sso/providers/:providerId/test', scope: 'staff' },
  { method: 'POST', route: '/api/v1/sso/providers/:providerId/saml-keys/rotate', scope: 'staff' },
  { method: 'POST', route: '/api/v1/sso/providers/:providerId/saml-keys/retire', scope: 'staff' },
  // Public sign-in routes: an id that names no provider reads as missing (404), whoever asks.
  { method: 'GET', route: '/api/v1/auth/sso/:providerId/start', scope: 'account' },
  { method: 'GET', route: '/api/v1/auth/sso/:providerId/callback', scope: 'account', query: '?state=x&code=y' },
  { method: 'GET', route: '/api/v1/auth/sso/:providerId/saml/metadata', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/auth/sso/:providerId/saml/acs',
    scope: 'account',
    body: () => ({ SAMLResponse: 'PHg+', RelayState: 'state' }),
  },
];
