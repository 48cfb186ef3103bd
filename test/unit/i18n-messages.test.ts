import { IntlMessageFormat } from 'intl-messageformat';
import { beforeEach, describe, expect, it } from 'vitest';
import { t as serverT } from '../../src/server/i18n/index.ts';
import { en as serverCatalog } from '../../src/server/i18n/en.ts';
import { en as webCatalog } from '../../src/web/i18n/en.ts';
import { setViewer, t } from '../../src/web/i18n/index.ts';

describe('web messages (ICU MessageFormat)', () => {
  beforeEach(() => setViewer({ locale: 'en', timeZone: 'UTC' }));

  it('parses every message of both catalogs', () => {
    for (const [key, message] of Object.entries({ ...webCatalog, ...serverCatalog })) {
      expect(() => new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }), key).not.toThrow();
    }
  });

  it('says "1 member" and "2 members", never "1 members"', () => {
    const summary = (members: number) =>
      t('accounts.detail.summary', { segment: 'Clients', members, created: '1 Mar 2026' });
    expect(summary(1)).toBe('Clients · 1 member · created 1 Mar 2026');
    expect(summary(2)).toBe('Clients · 2 members · created 1 Mar 2026');
    expect(summary(0)).toBe('Clients · 0 members · created 1 Mar 2026');
    expect(summary(1234)).toBe('Clients · 1,234 members · created 1 Mar 2026');
  });

  it('chooses plural forms by the viewer locale’s rules', () => {
    expect(t('conversations.unread', { count: 1 })).toBe('1 unread message');
    expect(t('conversations.unread', { count: 5 })).toBe('5 unread messages');
    expect(t('reports.last', { count: 1 })).toBe('Last day');
    expect(t('reports.last', { count: 30 })).toBe('Last 30 days');
    expect(t('tc.presence.viewing', { count: 1, names: 'Ann' })).toBe('Ann is also viewing this ticket');
    expect(t('tc.presence.viewing', { count: 2, names: 'Ann and Bo' })).toBe('Ann and Bo are also viewing this ticket');
    // In French 0 and 1 are both "one": the rules come from the locale, not from count === 1.
    setViewer({ locale: 'fr' });
    expect(t('conversations.unread', { count: 0 })).toBe('0 unread message');
    expect(t('conversations.unread', { count: 1500 })).toBe('1\u202f500 unread messages');
  });

  it('fills plain placeholders and keeps ticket numbers as they are', () => {
    expect(t('tickets.number', { number: 1234 })).toBe('#1234');
    expect(t('portal.home.title', { name: 'Dana' })).toBe('Welcome, Dana');
  });

  it('words what a self-service customer reads for them, and keeps the firm’s words for clients and staff', () => {
    setViewer({ locale: 'en', segmentKind: 'self_service' });
    const customerWords = ['role.account_admin', 'portal.home.modules', 'portal.home.emptyTitle', 'nav.team'] as const;
    for (const key of customerWords) expect(t(key)).not.toMatch(/workspace|account admin|team/i);
    expect(t('role.account_admin')).toBe('Admin');
    expect(t('portal.home.modules')).toBe('Your account');
    expect(t('nav.team')).toBe('People');

    setViewer({ locale: 'en', segmentKind: 'client_workspaces' });
    expect(t('role.account_admin')).toBe('Account admin');
    expect(t('portal.home.modules')).toBe('Your workspace');
    expect(t('nav.team')).toBe('Team');

    setViewer({ locale: 'en' });
    expect(t('role.account_admin')).toBe('Account admin');
    // A caller can still ask for a given kind (the console describing a customer account, for instance).
    expect(t('role.account_admin', { kind: 'self_service' })).toBe('Admin');
  });
});

describe('server messages (ICU MessageFormat)', () => {
  it('pluralises the lock-out email', () => {
    expect(serverT('mail.locked.body', { count: 1, minutes: 1 })).toMatch(
      /^We saw 1 failed sign-in attempt on your account, so sign-in is paused for 1 minute\./,
    );
    expect(serverT('mail.locked.body', { count: 5, minutes: 15 })).toMatch(
      /^We saw 5 failed sign-in attempts on your account, so sign-in is paused for 15 minutes\./,
    );
  });

  it('falls back to English for an unknown or malformed locale', () => {
    expect(serverT('mail.magic.button', {}, 'xx-@@')).toBe('Sign in');
    expect(serverT('mail.reset.subject', { portal: 'Northwind' }, null)).toBe('Reset your Northwind password');
  });
});
