import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { addressAllowed, ipLiteralOf, normalizedAllowlist } from '../../src/server/modules/webhooks/address-check.ts';
import {
  MAX_ATTEMPTS,
  newWebhookSecret,
  nextAttemptAt,
  RETRY_DELAYS_MS,
  signedHeaders,
} from '../../src/server/modules/webhooks/signing.ts';

const none = normalizedAllowlist([]);

describe('webhooks: destination addresses', () => {
  it.each([
    ['127.0.0.1', false],
    ['127.255.0.9', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false], // cloud metadata (link-local)
    ['100.64.0.1', false], // CGNAT
    ['100.100.100.200', false], // Alibaba metadata (CGNAT)
    ['0.0.0.0', false],
    ['255.255.255.255', false],
    ['224.0.0.1', false],
    ['240.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fc00::1', false],
    ['fd00:ec2::254', false], // AWS metadata over IPv6 (unique local)
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false], // IPv4-mapped loopback
    ['::ffff:7f00:1', false], // the same, hex form
    ['::ffff:169.254.169.254', false],
    ['::ffff:10.0.0.1', false],
    ['64:ff9b::7f00:1', false], // NAT64 of 127.0.0.1
    ['2002:7f00:1::', false], // 6to4 of 127.0.0.1
    ['not an address', false],
    ['93.184.216.34', true],
    ['8.8.8.8', true],
    ['::ffff:8.8.8.8', true],
    ['2606:4700:4700::1111', true],
  ])('%s -> allowed %s', (address, allowed) => {
    expect(addressAllowed(address, none)).toBe(allowed);
  });

  it('the allowlist lets exactly its addresses through, mapped forms included', () => {
    const allow = normalizedAllowlist(['127.0.0.1', '::1']);
    expect(addressAllowed('127.0.0.1', allow)).toBe(true);
    expect(addressAllowed('::ffff:127.0.0.1', allow)).toBe(true);
    expect(addressAllowed('::1', allow)).toBe(true);
    expect(addressAllowed('127.0.0.2', allow)).toBe(false);
    expect(addressAllowed('10.0.0.1', allow)).toBe(false);
  });

  it('IP literals in URLs are recognised (they connect without a lookup)', () => {
    expect(ipLiteralOf('127.0.0.1')).toBe('127.0.0.1');
    expect(ipLiteralOf('[::1]')).toBe('::1');
    expect(ipLiteralOf(new URL('http://2130706433/').hostname)).toBe('127.0.0.1');
    expect(ipLiteralOf('example.com')).toBeNull();
  });
});

describe('webhooks: signing (Standard Webhooks)', () => {
  const body = JSON.stringify({
    id: 'evt_1',
    type: 'ticket.created',
    occurredAt: '2026-12-06T00:00:00Z',
    accountId: null,
    data: {},
  });

  it('a signed delivery verifies with the standardwebhooks library', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{44}$/);
    const headers = signedHeaders([secret], 'evt_1', new Date(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('during a rotation both secrets sign: a receiver holding either verifies; another secret does not', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = signedHeaders([current, previous], 'evt_1', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(current).verify(body, headers)).toBeTruthy();
    expect(new Webhook(previous).verify(body, headers)).toBeTruthy();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(current).verify(body.replace('evt_1', 'evt_2'), headers)).toThrow();
  });

  it('retries back off exponentially over about three days, then stop', () => {
    const now = new Date('2026-12-06T00:00:00Z');
    const total = RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);
    expect(total / 3_600_000).toBeGreaterThan(60);
    expect(total / 3_600_000).toBeLessThan(80);
    for (let i = 1; i < RETRY_DELAYS_MS.length; i++)
      expect(RETRY_DELAYS_MS[i]!).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[i - 1]!);
    expect(nextAttemptAt(1, now)!.getTime() - now.getTime()).toBe(RETRY_DELAYS_MS[0]);
    expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeNull();
  });
});
