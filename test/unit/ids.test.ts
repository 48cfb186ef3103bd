import { describe, expect, it } from 'vitest';
import { hashToken, isUuid, newId, newSecretToken } from '../../src/server/platform/ids.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const timeOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('newId (UUIDv7)', () => {
  it('is a lowercase UUID with version 7 and the RFC 4122 variant', () => {
    for (let index = 0; index < 100; index += 1) {
      const id = newId();
      expect(id).toMatch(UUID_V7);
      expect(isUuid(id)).toBe(true);
    }
  });

  it('starts with the creation time in milliseconds', () => {
    const at = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
    expect(timeOf(newId(at))).toBe(at);
    const before = Date.now();
    const id = newId();
    expect(timeOf(id)).toBeGreaterThanOrEqual(before);
    expect(timeOf(id)).toBeLessThanOrEqual(Date.now());
  });

  it('sorts by creation time: the time prefix never goes backwards', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    for (let index = 1; index < ids.length; index += 1) {
      expect(timeOf(ids[index]!)).toBeGreaterThanOrEqual(timeOf(ids[index - 1]!));
    }
    expect(newId(1_000) < newId(2_000)).toBe(true);
    expect(newId(Date.UTC(2030, 0, 1)) > newId(Date.UTC(2029, 11, 31))).toBe(true);
  });

  it('makes 10,000 distinct ids, even within one millisecond', () => {
    const all = new Set(Array.from({ length: 10_000 }, () => newId()));
    expect(all.size).toBe(10_000);
    const sameMs = new Set(Array.from({ length: 1_000 }, () => newId(1_700_000_000_000)));
    expect(sameMs.size).toBe(1_000);
  });
});

describe('isUuid', () => {
  it('accepts any UUID shape and refuses the rest', () => {
    expect(isUuid('00000000-0000-4000-8000-000000000000')).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid(`${newId()}x`)).toBe(false);
    expect(isUuid("'; DROP TABLE accounts; --")).toBe(false);
  });
});

describe('tokens', () => {
  it('hashToken is deterministic, hex SHA-256, and differs per token', () => {
    expect(hashToken('abc')).toBe(hashToken('abc'));
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashToken('abc')).not.toBe(hashToken('abd'));
  });

  it('newSecretToken is URL-safe, 256-bit, prefixed and unique', () => {
    const token = newSecretToken('ps_');
    expect(token).toMatch(/^ps_[A-Za-z0-9_-]{43}$/);
    expect(new Set(Array.from({ length: 1000 }, () => newSecretToken())).size).toBe(1000);
  });
});
