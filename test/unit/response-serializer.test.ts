import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Account, Me, Page, BulkTicketResult } from '../../src/contract/index.ts';
import {
  compileResponseWriter,
  createResponseSerializerCompiler,
} from '../../src/server/platform/http/response-serializer.ts';
import { newRequestId } from '../../src/server/platform/ids.ts';

const account = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  name: 'Northwind',
  segment: { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c', name: 'Clients', kind: 'client_workspaces' },
  modules: ['documents'],
  memberCount: 3,
  createdAt: '2026-01-02T03:04:05.678Z',
  version: 1,
  abilities: { view: true, update: false, manageMembers: false, invite: false },
};

const compile = (schema: z.ZodType, checkResponses: boolean) =>
  createResponseSerializerCompiler({ checkResponses })({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('compiled response serializers', () => {
  it('write exactly what JSON.stringify writes for a response that keeps to the contract', () => {
    const write = compileResponseWriter(Account);
    expect(JSON.parse(write(account))).toEqual(account);
  });

  it('leave out fields the contract does not declare, nested ones and in arrays too', () => {
    const leaky = {
      ...account,
      passwordHash: 'argon2id$secret',
      segment: { ...account.segment, internalNote: 'x' },
      abilities: { ...account.abilities, impersonate: true },
    };
    const page = Page(Account);
    for (const checkResponses of [false, true]) {
      const body = compile(page, checkResponses)({ items: [leaky], nextCursor: null });
      expect(body).not.toMatch(/passwordHash|argon2id|internalNote|impersonate/);
      expect(JSON.parse(body)).toEqual({ items: [account], nextCursor: null });
    }
  });

  it('write a Date where the contract has a timestamp as its ISO 8601 UTC string', () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    const body = compile(Account, false)({ ...account, createdAt: at });
    expect(JSON.parse(body).createdAt).toBe('2026-01-02T03:04:05.678Z');
  });

  it('refuse a response that breaks the contract while checking responses (development and tests)', () => {
    const broken = { ...account, memberCount: 'three' };
    expect(() => compile(Account, true)(broken)).toThrow();
    const { abilities: _missing, ...incomplete } = account;
    expect(() => compile(Account, false)(incomplete)).toThrow(/abilities/);
  });

  it('compile the contract response schemas, lazy ones included', () => {
    for (const schema of [Me, BulkTicketResult, Page(Account)]) {
      let fellBack = false;
      compileResponseWriter(schema, () => (fellBack = true));
      expect(fellBack).toBe(false);
    }
  });
});

describe('request ids', () => {
  it('are unique and carry this process prefix', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRequestId()));
    expect(ids.size).toBe(1000);
    const prefixes = new Set([...ids].map((id) => id.split('-')[0]));
    expect(prefixes.size).toBe(1);
  });
});
