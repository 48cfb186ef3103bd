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
  {
    key: 'signingCertificateExpiring',
    family: 'admin',
    subject: 'mail.signatureCertificate.expiring.subject',
    paragraphs: ['mail.signatureCertificate.expiring.body', 'mail.signatureCertificate.expiring.action'],
    button: 'mail.signatureCertificate.expiring.button',
    sample: {
      portal: 'Northwind Advisory',
      subject: 'CN=Northwind Advisory, O=Northwind',
      date: '2027-01-06',
      days: 30,
    },
    sampleUrl: '/console/signatures/certificate',
  },
];
