import ipaddr from 'ipaddr.js';

/**
 * Whether a webhook may connect to this address. Only globally routable unicast passes: ipaddr.js classifies every
 * special range (loopback, private, link-local incl. 169.254.169.254 metadata, multicast, unspecified, broadcast,
 * CGNAT incl. 100.100.100.200 metadata, reserved, unique-local incl. fd00:ec2::254, NAT64/6to4/Teredo that embed a
 * v4 address...), so anything not plain `unicast` is refused. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the
 * IPv4 address it is. `allow` holds normalized IP literals an operator let through (WEBHOOKS_ALLOW_PRIVATE_HOSTS).
 */
export function addressAllowed(address: string, allow: ReadonlySet<string>): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (allow.has(parsed.toString())) return true;
  return parsed.range() === 'unicast';
}

/** The allowlist in the form addressAllowed compares (ipaddr.js's normal form, mapped addresses as IPv4). */
export function normalizedAllowlist(entries: readonly string[]): ReadonlySet<string> {
  return new Set(
    entries.map((entry) => {
      const parsed = ipaddr.parse(entry);
      return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
        ? (parsed as ipaddr.IPv6).toIPv4Address().toString()
        : parsed.toString();
    }),
  );
}

/** `[::1]` in a URL's host is `::1` as an address; a host name is not an IP literal. */
export function ipLiteralOf(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}
