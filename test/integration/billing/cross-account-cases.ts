import type { Case } from '../platform/cross-account-cases.ts';

/** The billing module's routes (documents, setup, online payment, recurring) in the cross-account walk (platform/cross-account.test.ts). */
export const BILLING_CASES: Case[] = [
  // Billing: billingDocumentId is a sent invoice of the target account; tax rates, terms and series are staff setup.
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-profile', scope: 'account' },
  {
    method: 'PUT',
    route: '/api/v1/accounts/:accountId/billing-profile',
    scope: 'staff',
    body: () => ({ legalName: 'Taken over', currency: 'EUR' }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-documents', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-documents',
    scope: 'account',
    body: () => ({ kind: 'invoice', lines: [] }),
  },
  { method: 'GET', route: '/api/v1/billing-documents/:billingDocumentId', scope: 'account' },
  {
    method: 'PATCH',
    route: '/api/v1/billing-documents/:billingDocumentId',
    scope: 'account',
    body: () => ({ notes: 'Taken over' }),
  },
  { method: 'DELETE', route: '/api/v1/billing-documents/:billingDocumentId', scope: 'account' },
  { method: 'POST', route: '/api/v1/billing-documents/:billingDocumentId/send', scope: 'account' },
  { method: 'POST', route: '/api/v1/billing-documents/:billingDocumentId/void', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/accept',
    scope: 'account',
    body: () => ({ fullName: 'Intruder', consent: true }),
  },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/decline',
    scope: 'account',
    body: () => ({ comment: 'no' }),
  },
  { method: 'GET', route: '/api/v1/billing-documents/:billingDocumentId/pdf', scope: 'account' },
  { method: 'GET', route: '/api/v1/billing-documents/:billingDocumentId/payments', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/payments',
    scope: 'account',
    body: () => ({ amount: 1, method: 'cash', receivedOn: '2026-01-01' }),
  },
  // Online payment: checkoutId is random (checkouts live under their account), paymentId a payment of the invoice.
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-checkouts',
    scope: 'account',
    body: (ids) => ({ documentIds: [ids.billingDocumentId] }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-checkouts/:checkoutId', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-credit', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-payment-methods', scope: 'account' },
  { method: 'POST', route: '/api/v1/accounts/:accountId/billing-payment-methods/setup', scope: 'account' },
  {
    method: 'DELETE',
    route: '/api/v1/accounts/:accountId/billing-payment-methods/:paymentMethodId',
    scope: 'account',
  },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/credit-applications',
    scope: 'account',
    body: () => ({ amount: 1 }),
  },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/payments/:paymentId/refunds',
    scope: 'account',
    body: () => ({ amount: 1 }),
  },
  { method: 'PATCH', route: '/api/v1/billing/tax-rates/:taxRateId', scope: 'staff', body: () => ({ name: 'Taken' }) },
  {
    method: 'PATCH',
    route: '/api/v1/billing/payment-terms/:paymentTermId',
    scope: 'staff',
    body: () => ({ name: 'Taken' }),
  },
  { method: 'DELETE', route: '/api/v1/billing/payment-terms/:paymentTermId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/billing/number-series/:seriesKind',
    scope: 'staff',
    body: () => ({ prefix: 'HACK' }),
  }, // Accounts receivable (credit notes, reissue, statements).
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/credit-notes',
    scope: 'account',
    body: () => ({ mode: 'full' }),
  },
  { method: 'POST', route: '/api/v1/billing-documents/:billingDocumentId/reissue', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-statement', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-statement.csv', scope: 'account' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-statement.pdf', scope: 'account' },
  // Recurring billing: subscriptionId is a subscription of the target account (random where it has none).
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-subscriptions', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions',
    scope: 'account',
    body: () => ({
      name: 'Taken over',
      interval: { unit: 'month' },
      startDate: '2026-01-01',
      lines: [{ description: 'x', unitPrice: 1 }],
    }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId/pause',
    scope: 'account',
  },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId/resume',
    scope: 'account',
  },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/billing-subscriptions/:subscriptionId/cancel',
    scope: 'account',
  },
  {
    method: 'POST',
    route: '/api/v1/billing-documents/:billingDocumentId/subscription',
    scope: 'account',
    body: () => ({ interval: { unit: 'month' }, startDate: '2026-01-01' }),
  },
  { method: 'PATCH', route: '/api/v1/billing/catalog/:catalogItemId', scope: 'staff', body: () => ({ name: 'Taken' }) },
];
