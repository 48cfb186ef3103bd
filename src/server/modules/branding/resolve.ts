import type { Branding } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { presentBranding, readPortalSettingsCached } from '../settings/index.ts';
import { applySegmentBranding } from './presenters.ts';
import { segmentBrandingCached, segmentOfAccount, segmentOfPerson } from './repository.ts';

/** The firm's own branding: the staff console, visitors, and segments that override nothing. */
export async function firmBranding(db: Queryable): Promise<Branding> {
  return presentBranding(await readPortalSettingsCached(db));
}

/** A segment's branding (its overrides over the firm's); the firm's for null. Both reads are cached. */
export async function brandingOfSegment(db: Queryable, segmentId: string | null): Promise<Branding> {
  const firm = await firmBranding(db);
  if (!segmentId) return firm;
  return applySegmentBranding(firm, (await segmentBrandingCached(db)).get(segmentId));
}

/** The branding of an account's segment (its PDFs). The caller already loaded the account. */
export async function brandingOfAccount(db: Queryable, accountId: string): Promise<Branding> {
  return brandingOfSegment(db, await segmentOfAccount(db, accountId));
}

/**
 * What the caller sees in the portal and the help center: staff keep the firm's branding (the console), a person
 * sees the segment of the account they are working in (else their first account's).
 */
export async function brandingForActor(db: Queryable, actor: Actor | null): Promise<Branding> {
  if (!actor || actor.staffRole) return firmBranding(db);
  const accountId = actor.activeAccountId ?? [...actor.memberships.keys()][0] ?? null;
  return brandingOfSegment(db, accountId ? await segmentOfAccount(db, accountId) : null);
}

export type MailRecipient = { accountId: string } | { email: string };

/**
 * Branding and base URL for an email: the segment of the account it is about (or of the person it goes to).
 * Links start from the configured base URL, never from request headers (Host can be forged); the logo's URL is
 * made absolute for mail clients.
 */
export async function mailBrandingFor(ctx: AppContext, db: Queryable, recipient: MailRecipient) {
  const settings = await readPortalSettingsCached(db);
  const base = (settings.base_url ?? ctx.config.baseUrl).replace(/\/+$/, '');
  const segmentId =
    'accountId' in recipient
      ? await segmentOfAccount(db, recipient.accountId)
      : await segmentOfPerson(db, recipient.email);
  const branding = await brandingOfSegment(db, segmentId);
  return { base, branding: { ...branding, logoUrl: branding.logoUrl ? base + branding.logoUrl : null } };
}
