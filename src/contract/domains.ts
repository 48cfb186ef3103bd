import { z } from 'zod';
import { Abilities, Id } from './common.ts';

/**
 * A host name a segment answers on: lowercase letters, digits and hyphens in dot-separated labels, at least two
 * labels, the last starting with a letter (so no IP addresses), no port, no trailing dot. Stored lowercase.
 */
export const DOMAIN_PATTERN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const DOMAIN_HINT = 'Enter a host name like clients.example.com (no https://, no port, no path).';
export const DomainName = z.string().trim().toLowerCase().max(253, DOMAIN_HINT).regex(DOMAIN_PATTERN, DOMAIN_HINT);

export const SegmentDomains = z.object({
  segmentId: Id,
  /** The host of the segment's portal (sign-in, the portal itself, emailed links); null = the main address. */
  portalDomain: z.string().nullable(),
  /** The host of the segment's help center; null = the portal domain (or the main address). */
  helpDomain: z.string().nullable(),
  /** Where the segment's people are sent: the base of every link in their emails. */
  portalUrl: z.string(),
  helpUrl: z.string(),
  abilities: Abilities('update'),
});
export type SegmentDomains = z.infer<typeof SegmentDomains>;

export const UpdateSegmentDomains = z
  .object({ portalDomain: DomainName.nullable(), helpDomain: DomainName.nullable() })
  .strict();
export type UpdateSegmentDomains = z.infer<typeof UpdateSegmentDomains>;

export const TlsAskQuery = z.object({ domain: z.string().max(300) });
