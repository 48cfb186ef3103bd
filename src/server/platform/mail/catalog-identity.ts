import type { MessageKey } from '../../i18n/index.ts';
import type { CatalogEntry } from './catalog-types.ts';

const PORTAL = 'Northwind Advisory';
const TIME = '2026-12-01 09:30';

/** A "was this you?" notice after a change to how someone signs in (identity's queueSecurityNoticeEmail). */
const notice = (kind: string, extra: Record<string, string | number> = {}): CatalogEntry => ({
  key: `notice${kind[0]!.toUpperCase()}${kind.slice(1)}`,
  family: 'identity',
  subject: `mail.notice.${kind}.subject` as MessageKey,
  paragraphs: [`mail.notice.${kind}.body` as MessageKey, 'mail.notice.notYou'],
  button: 'mail.notice.button',
  sample: { portal: PORTAL, time: TIME, tokens: 0, name: '', scopes: '', ...extra },
  sampleUrl: '/security',
});

/** Sign-in, invitations and account rights (modules identity and sso). */
export const IDENTITY_MAILS: CatalogEntry[] = [
  {
    key: 'invitation',
    family: 'identity',
    subject: 'mail.invitation.subject',
    paragraphs: ['mail.invitation.body'],
    button: 'mail.invitation.button',
    sample: { inviter: 'Alex Morgan', target: 'Acme Manufacturing', portal: PORTAL },
    sampleUrl: '/invitation#token=sample',
  },
  {
    key: 'reset',
    family: 'identity',
    subject: 'mail.reset.subject',
    paragraphs: ['mail.reset.body'],
    button: 'mail.reset.button',
    sample: { portal: PORTAL },
    sampleUrl: '/reset-password/complete#token=sample',
  },
  {
    key: 'magic',
    family: 'identity',
    subject: 'mail.magic.subject',
    paragraphs: ['mail.magic.body'],
    button: 'mail.magic.button',
    sample: { portal: PORTAL },
    sampleUrl: '/magic-link#token=sample',
  },
  {
    key: 'locked',
    family: 'identity',
    subject: 'mail.locked.subject',
    paragraphs: ['mail.locked.body'],
    button: 'mail.locked.button',
    sample: { portal: PORTAL, count: 5, minutes: 15 },
    sampleUrl: '/reset-password',
  },
  notice('passwordChanged'),
  notice('passwordReset', { tokens: 2 }),
  notice('twoFactorEnabled'),
  notice('twoFactorDisabled'),
  notice('apiTokenCreated', { name: 'CI deploy', scopes: 'tickets:read, documents:write' }),
  notice('passkeyAdded', { name: 'Work laptop' }),
  notice('passkeyRemoved', { name: 'Work laptop' }),
  {
    key: 'emailChangeCode',
    family: 'identity',
    subject: 'mail.emailChange.code.subject',
    paragraphs: ['mail.emailChange.code.body'],
    button: null,
    sample: { portal: PORTAL, code: '482913' },
    sampleUrl: '',
  },
  {
    key: 'emailChangeTaken',
    family: 'identity',
    subject: 'mail.emailChange.taken.subject',
    paragraphs: ['mail.emailChange.taken.body'],
    button: null,
    sample: { portal: PORTAL },
    sampleUrl: '',
  },
  {
    key: 'emailChangeNotice',
    family: 'identity',
    subject: 'mail.emailChange.notice.subject',
    paragraphs: ['mail.emailChange.notice.body'],
    button: 'mail.emailChange.notice.button',
    sample: { portal: PORTAL, newEmail: 'alex.new@example.com', time: TIME },
    sampleUrl: '/email-change/undo#token=sample',
  },
  {
    key: 'dataExport',
    family: 'identity',
    subject: 'mail.dataExport.subject',
    paragraphs: ['mail.dataExport.body'],
    button: 'mail.dataExport.button',
    sample: { portal: PORTAL, time: TIME },
    sampleUrl: '/profile#your-data',
  },
  /**
   * A deletion of the person's account is scheduled (by them or by staff). Values: portal, date (when everything is
   * erased, UTC minute). The button opens the profile, where the request is reviewed or cancelled.
   */
  {
    key: 'deletionScheduled',
    family: 'identity',
    subject: 'mail.deletion.subject',
    paragraphs: ['mail.deletion.body'],
    button: 'mail.deletion.button',
    sample: { portal: PORTAL, date: TIME },
    sampleUrl: '/profile#delete-account',
  },
  {
    key: 'ssoLinkCode',
    family: 'identity',
    subject: 'mail.ssoLinkCode.subject',
    paragraphs: ['mail.ssoLinkCode.body', { value: 'code' }, 'mail.ssoLinkCode.notYou'],
    button: null,
    sample: { portal: PORTAL, minutes: 10, code: '731904' },
    sampleUrl: '',
  },
];
