import type { SegmentDomains } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { domainsPolicy } from './policy.ts';
import type { DomainPurpose } from './repository.ts';
import { addressOn } from './resolve.ts';

export function presentSegmentDomains(
  segmentId: string,
  domains: Partial<Record<DomainPurpose, string>>,
  mainBase: string,
  actor: Actor,
): SegmentDomains {
  const portal = domains.portal ?? null;
  const help = domains.help ?? null;
  return {
    segmentId,
    portalDomain: portal,
    helpDomain: help,
    portalUrl: portal ? addressOn(mainBase, portal) : mainBase,
    helpUrl: `${help || portal ? addressOn(mainBase, (help ?? portal)!) : mainBase}/help`,
    abilities: { update: domainsPolicy.canUpdate(actor) },
  };
}
