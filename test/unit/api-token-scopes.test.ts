import { describe, expect, it } from 'vitest';
import { API_SCOPE_AREAS, CreateApiToken } from '../../src/contract/index.ts';
import { tokenScopesAllow } from '../../src/server/modules/identity/api-token-auth.ts';

describe('API token scopes', () => {
  it('has one area per built module plus core, each with read and write', () => {
    expect(API_SCOPE_AREAS[0]).toBe('core');
    expect(API_SCOPE_AREAS).toContain('tickets');
    expect(API_SCOPE_AREAS).toContain('documents');
  });

  it('expands the shorthands read and write to every area, and removes duplicates', () => {
    const parsed = CreateApiToken.parse({ name: 'x', scopes: ['read', 'tickets:read', 'tickets:write'] });
    expect(parsed.scopes).toEqual([...API_SCOPE_AREAS.map((area) => `${area}:read`), 'tickets:write']);
    expect(CreateApiToken.safeParse({ name: 'x', scopes: ['tickets:admin'] }).success).toBe(false);
    expect(CreateApiToken.safeParse({ name: 'x', scopes: ['admin:read'] }).success).toBe(false);
    expect(CreateApiToken.safeParse({ name: 'x', scopes: [] }).success).toBe(false);
  });

  it('write includes read; read never allows writing; another area allows nothing', () => {
    const read = { areas: ['tickets'], access: 'read' } as const;
    const write = { areas: ['tickets'], access: 'write' } as const;
    expect(tokenScopesAllow(['tickets:read'], read)).toBe(true);
    expect(tokenScopesAllow(['tickets:write'], read)).toBe(true);
    expect(tokenScopesAllow(['tickets:read'], write)).toBe(false);
    expect(tokenScopesAllow(['documents:write'], read)).toBe(false);
    expect(tokenScopesAllow([], read)).toBe(false);
    // A route shared by two modules: either scope reaches it.
    expect(tokenScopesAllow(['messages:read'], { areas: ['messages', 'tickets'], access: 'read' })).toBe(true);
  });
});
