import type { SenderDns, UpdateSegmentSender } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { recordAudit } from '../../audit/index.ts';
import { addressOf, checkDnsRecords, dnsRecordsFor, domainOfAddress, ensureDkimKey } from '../dkim.ts';
import { mailTemplatesPolicy } from '../policy.ts';
import { effectiveFrom, presentSender } from '../presenters.ts';
import { findDkimKey, findSender, saveSender, segmentExists } from '../repository.ts';

export async function requireSegment(ctx: AppContext, actor: Actor, segmentId: string) {
  if (!mailTemplatesPolicy.canRead(actor)) throw forbidden();
  if (!(await segmentExists(ctx.db, segmentId))) throw notFound();
}

export async function getSenderUseCase(ctx: AppContext, actor: Actor, segmentId: string) {
  await requireSegment(ctx, actor, segmentId);
  return presentSender(segmentId, await findSender(ctx.db, segmentId), ctx.config.mailFrom, actor);
}

export async function updateSenderUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  input: UpdateSegmentSender,
  expectedVersion: number | null,
  ip: string,
) {
  await requireSegment(ctx, actor, segmentId);
  if (!mailTemplatesPolicy.canUpdate(actor)) throw forbidden();
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await saveSender(tx, segmentId, input, expectedVersion);
    if (!saved) throw staleVersion();
    // The sending domain gets its key now, so the console can show the DKIM record before the first mail.
    const domain = domainOfAddress(addressOf(effectiveFrom(saved, ctx.config.mailFrom)));
    if (domain) await ensureDkimKey(ctx, tx, domain);
    await recordAudit(tx, {
      action: 'segment.mail_sender_updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'segment', id: segmentId },
      ip,
      details: { fromName: input.fromName, fromAddress: input.fromAddress },
      occurredAt: ctx.clock.now(),
    });
    return saved;
  });
  return presentSender(segmentId, row, ctx.config.mailFrom, actor);
}

/**
 * The DNS records the segment's sending domain needs, and (with `check`) what DNS answers for them now. The key is
 * made here when the domain has none yet (a segment on MAIL_FROM's domain), by owners and admins only.
 */
export async function senderDnsUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  check: boolean,
): Promise<SenderDns> {
  await requireSegment(ctx, actor, segmentId);
  const from = effectiveFrom(await findSender(ctx.db, segmentId), ctx.config.mailFrom);
  const domain = domainOfAddress(addressOf(from));
  // localhost and other single-label names cannot carry DNS records: nothing to sign for.
  if (!domain || !domain.includes('.'))
    return { domain: null, selector: null, records: [], dnsReachable: null, checkedAt: null };
  const key = mailTemplatesPolicy.canUpdate(actor)
    ? await ensureDkimKey(ctx, ctx.db, domain)
    : await findDkimKey(ctx.db, domain);
  if (!key) return { domain, selector: null, records: [], dnsReachable: null, checkedAt: null };
  const expected = dnsRecordsFor(domain, key, ctx.config.smtpUrl);
  if (!check)
    return {
      domain,
      selector: key.selector,
      records: expected.map((record) => ({ ...record, status: 'unchecked' as const, found: [] })),
      dnsReachable: null,
      checkedAt: null,
    };
  const result = await checkDnsRecords(expected, ctx.config.mailDnsServers);
  return {
    domain,
    selector: key.selector,
    records: result.records,
    dnsReachable: result.reachable,
    checkedAt: ctx.clock.now().toISOString(),
  };
}
