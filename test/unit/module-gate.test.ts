import { describe, expect, it } from 'vitest';
import { checkModuleRoutes } from '../../src/server/modules/segments/module-gate.ts';
import { access, type RegisteredRoute } from '../../src/server/platform/http/access.ts';
import { hasModule, requireModule } from '../../src/server/platform/actor.ts';
import { ACME, HARBOR, person, staff } from './actors.ts';

const route = (url: string, modules: RegisteredRoute['modules'], method = 'GET'): RegisteredRoute => ({
  method,
  url,
  access: access.signedIn,
  modules,
});

describe('module gate: routes it cannot place stop the app from starting', () => {
  it('accepts module routes whose params it knows, and routes of no module whatever their params', () => {
    expect(() =>
      checkModuleRoutes([
        route('/api/v1/accounts/:accountId/folders', ['documents']),
        route('/api/v1/threads/:threadId/messages', ['messages', 'tickets']),
        route('/api/v1/tickets/:ticketId/canned-replies/:cannedReplyId/render', ['tickets'], 'POST'),
        route('/api/v1/widgets/:widgetId', []),
      ]),
    ).not.toThrow();
  });

  it('refuses a module route with a param it cannot tie to an account', () => {
    expect(() => checkModuleRoutes([route('/api/v1/invoices/:invoiceId', ['documents'])])).toThrow(/:invoiceId/);
  });

  it('refuses a route under an account that claims several modules', () => {
    expect(() => checkModuleRoutes([route('/api/v1/accounts/:accountId/things', ['messages', 'tickets'])])).toThrow(
      /one module/,
    );
  });
});

describe('requireModule: the object-level rule', () => {
  const mixed = {
    ...person([
      [ACME, 'member'],
      [HARBOR, 'member'],
    ]),
  };
  const withModules = {
    ...mixed,
    accountModules: new Map([
      [ACME, ['messages' as const]],
      [HARBOR, []],
    ]),
  };

  it('people are decided by their own accounts; accounts they do not belong to are left to the scope', () => {
    expect(hasModule(withModules, ACME, 'messages')).toBe(true);
    expect(hasModule(withModules, HARBOR, 'messages')).toBe(false);
    expect(hasModule(withModules, '00000000-0000-7000-8000-00000000dead', 'messages')).toBe(true);
    expect(() => requireModule(withModules, HARBOR, 'messages')).toThrow(
      expect.objectContaining({ status: 403, code: 'module_disabled' }),
    );
  });

  it('staff are decided by the account as the use case loaded it', () => {
    const owner = staff('owner');
    expect(hasModule(owner, HARBOR, 'tickets')).toBe(true);
    expect(hasModule(owner, HARBOR, 'tickets', ['documents'])).toBe(false);
    expect(hasModule(owner, HARBOR, 'tickets', ['tickets'])).toBe(true);
  });
});
