import { describe, expect, it } from 'vitest';
import { DomainName } from '../../src/contract/index.ts';
import { addressOn } from '../../src/server/modules/domains/resolve.ts';

describe('segment domain names', () => {
  it('accepts host names, stored lowercase and trimmed', () => {
    expect(DomainName.parse(' Clients.Northwind.EXAMPLE ')).toBe('clients.northwind.example');
    expect(DomainName.parse('help-center.a1.example.co.uk')).toBe('help-center.a1.example.co.uk');
    expect(DomainName.parse('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
  });

  it('refuses URLs, ports, paths, IP addresses, single labels and bad labels', () => {
    for (const bad of [
      'https://clients.example',
      'clients.example:8443',
      'clients.example/',
      'clients.example.',
      '127.0.0.1',
      'localhost',
      '-clients.example',
      'clients-.example',
      'cli_ents.example',
      'a..example',
      '*.example.com',
      `${'a'.repeat(64)}.example`,
      '',
    ])
      expect(DomainName.safeParse(bad).success, bad).toBe(false);
  });
});

describe("a segment domain's address", () => {
  it("keeps the main address's scheme and port, never its host", () => {
    expect(addressOn('https://portal.northwind.example', 'clients.example')).toBe('https://clients.example');
    expect(addressOn('http://127.0.0.1:3000', 'clients.example')).toBe('http://clients.example:3000');
    expect(addressOn('https://portal.northwind.example:8443', 'clients.example')).toBe('https://clients.example:8443');
  });
});
