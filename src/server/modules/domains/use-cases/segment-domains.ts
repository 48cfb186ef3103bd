import type { UpdateSegmentDomains } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { domainsPolicy } from '../policy.ts';
import { presentSegmentDomains } from '../presenters.ts';
import { domainsOfSegment, lockSegment, replaceSegmentDomains, segmentExists } from '../repository.ts';
import { mainBaseUrl } from '../resolve.ts';

async function requireSegment(ctx: AppContext, actor: Actor, segmentId: string) {
  if (!domainsPolicy.canRead(actor)) throw forbidden();
  if (!(await segmentExists(ctx.db, segmentId))) throw notFound();
}

export async function getSegmentDomainsUseCase(ctx: AppContext, actor: Actor, segmentId: string) {
  await requireSegment(ctx, actor, segmentId);
  const domains = await domainsOfSegment(ctx.db, segmentId);
  return presentSegmentDomains(segmentId, domains, await mainBaseUrl(ctx, ctx.db), actor);
}

const taken = (domain: string) =>
  conflict(`${domain} is already a domain of another segment. Remove it there first.`, 'domain_taken');

/** Sets both domains at once (null removes one); the main address and a domain of another segment are refused. */
export async function updateSegmentDomainsUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  input: UpdateSegmentDomains,
  ip: string,
) {
  await requireSegment(ctx, actor, segmentId);
  if (!domainsPolicy.canUpdate(actor)) throw forbidden();
  const mainBase = await mainBaseUrl(ctx, ctx.db);
  const mainHost = new URL(mainBase).hostname.toLowerCase();
  for (const [path, domain] of [
    ['portalDomain', input.portalDomain],
    ['helpDomain', input.helpDomain],
  ] as const)
    if (domain === mainHost)
      throw fieldError(
        path,
        'main_host',
        `${domain} is the portal's main address; a segment needs a domain of its own.`,
      );
  if (input.portalDomain && input.portalDomain === input.helpDomain)
    throw fieldError('helpDomain', 'same_as_portal', 'Leave the help-center domain empty to use the portal domain.');
  const domains = await ctx.db
    .transaction(async (tx) => {
      if (!(await lockSegment(tx, segmentId))) throw notFound();
      const previous = await domainsOfSegment(tx, segmentId);
      await replaceSegmentDomains(tx, segmentId, { portal: input.portalDomain, help: input.helpDomain });
      await recordAudit(tx, {
        action: 'segment.domains_updated',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'segment', id: segmentId },
        ip,
        details: {
          before: { portal: previous.portal ?? null, help: previous.help ?? null },
          after: { portal: input.portalDomain, help: input.helpDomain },
        },
        occurredAt: ctx.clock.now(),
      });
      return domainsOfSegment(tx, segmentId);
    })
    .catch((error: unknown) => {
      const { code, detail } = error as { code?: string; detail?: string };
      if (code !== '23505') throw error;
      // The key that collided names the domain: say which of the two it was.
      const domain = [input.portalDomain, input.helpDomain].find((d) => d && detail?.includes(d));
      throw taken(domain ?? input.portalDomain ?? input.helpDomain ?? 'That domain');
    });
  return presentSegmentDomains(segmentId, domains, mainBase, actor);
}
