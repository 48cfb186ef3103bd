import type { CatalogEntry } from './catalog-types.ts';

/** Mail to the firm's owners and admins about the portal itself. */
export const ADMIN_MAILS: CatalogEntry[] = [
  {
    key: 'webhookDisabled',
    family: 'admin',
    subject: 'mail.webhooks.disabled.subject',
    paragraphs: ['mail.webhooks.disabled.body'],
    button: 'mail.webhooks.disabled.button',
    sample: { portal: 'Northwind Advisory', url: 'https://erp.example/hooks/portico' },
    sampleUrl: '/console/webhooks/sample',
  },
];
