import type { Case } from '../platform/cross-account-cases.ts';

/** The signatures module's routes in the cross-account walk (platform/cross-account.test.ts). */
export const SIGNATURE_CASES: Case[] = [
  // envelopeId is an envelope sent to the target account's admin (the engagement letter template).
  { method: 'GET', route: '/api/v1/accounts/:accountId/signature-envelopes', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/signature-envelopes',
    scope: 'account',
    body: (ids) => ({
      title: 'Intruder',
      source: { kind: 'template', fees: { amount: 1, currency: 'EUR' }, date: '2027-01-01' },
      signerIds: [ids.userId],
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/signature-envelopes/preview',
    scope: 'account',
    body: () => ({
      title: 'Intruder',
      source: { kind: 'template', fees: { amount: 1, currency: 'EUR' }, date: '2027-01-01' },
    }),
  },
  { method: 'GET', route: '/api/v1/signature-envelopes/:envelopeId', scope: 'account' },
  { method: 'GET', route: '/api/v1/signature-envelopes/:envelopeId/document.pdf', scope: 'account' },
  { method: 'GET', route: '/api/v1/signature-envelopes/:envelopeId/signed.pdf', scope: 'account' },
  { method: 'GET', route: '/api/v1/signature-envelopes/:envelopeId/verification', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/signature-envelopes/:envelopeId/signature',
    scope: 'account',
    body: () => ({ contentSha256: '0'.repeat(64), consent: true, signature: { kind: 'typed', name: 'Intruder' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/signature-envelopes/:envelopeId/decline',
    scope: 'account',
    body: () => ({ reason: 'Intruder' }),
  },
  {
    method: 'POST',
    route: '/api/v1/signature-envelopes/:envelopeId/void',
    scope: 'account',
    body: () => ({ reason: 'Intruder' }),
  },
  { method: 'POST', route: '/api/v1/signature-envelopes/:envelopeId/reminders', scope: 'account' },
];
