import type { Branding } from '../../../contract/index.ts';
import type { UiLanguage } from '../../../contract/languages.ts';
import { resolveLanguage } from '../../i18n/language.ts';
import type { Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { segmentBaseUrl } from '../domains/index.ts';
import { presentBranding, readPortalSettingsCached } from '../settings/index.ts';
import { applySegmentBranding } from './presenters.ts';
import {
  chosenLanguageOf,
  segmentBrandingCached,
  segmentDefaultLanguage,
  segmentOfAccount,
  segmentOfPerson,
} from './repository.ts';

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
 * sees the segment of the account they are working in (else their first account's). A visitor sees the segment
 * whose configured domain the request came to (`hostSegmentId`, modules/domains), else the firm's.
 */
export async function brandingForActor(
  db: Queryable,
  actor: Actor | null,
  hostSegmentId: string | null = null,
): Promise<Branding> {
  if (!actor) return brandingOfSegment(db, hostSegmentId);
  if (actor.staffRole) return firmBranding(db);
  const accountId = actor.activeAccountId ?? [...actor.memberships.keys()][0] ?? null;
  return brandingOfSegment(db, accountId ? await segmentOfAccount(db, accountId) : null);
}

/** Who an email (or a link handed out of the app) is for: an account's people, one person, or staff. */
export type MailRecipient = { accountId: string } | { email: string } | { staff: true };

async function segmentOfRecipient(db: Queryable, recipient: MailRecipient): Promise<string | null> {
  if ('staff' in recipient) return null;
  return 'accountId' in recipient ? segmentOfAccount(db, recipient.accountId) : segmentOfPerson(db, recipient.email);
}

/**
 * The base of every link Portico mails or hands out: the recipient's segment's portal domain (modules/domains), the
 * main address for staff and for segments without one. Built from configuration only, never from request headers
 * (Host can be forged).
 */
export async function mailBaseFor(ctx: AppContext, db: Queryable, recipient: MailRecipient): Promise<string> {
  return segmentBaseUrl(ctx, db, await segmentOfRecipient(db, recipient));
}

/**
 * Branding and base URL for an email: the segment of the account it is about (or of the person it goes to; the
 * firm's for staff). The logo's URL is made absolute for mail clients.
 */
export async function mailBrandingFor(ctx: AppContext, db: Queryable, recipient: MailRecipient) {
  // One after the other: `db` may be a transaction's single connection.
  const segmentId = await segmentOfRecipient(db, recipient);
  const base = await segmentBaseUrl(ctx, db, segmentId);
  const branding = await brandingOfSegment(db, segmentId);
  const languageOf = await mailLanguages(db, segmentId);
  // A mail to one person's address: their own choice unless the caller passes the recipient's.
  const choice = 'email' in recipient ? await chosenLanguageOf(db, recipient.email) : null;
  return {
    base,
    branding: { ...branding, logoUrl: branding.logoUrl ? base + branding.logoUrl : null, segmentId },
    /** The recipient's mail language: `language(theirChoice)`, or `language(choice, { staff: true })` for staff. */
    language: (given?: string | null, options: { staff?: boolean } = {}) =>
      languageOf(given === undefined ? choice : given, options),
  };
}

/**
 * The language of each recipient of a segment's mail, in the web's order (server/i18n/language.ts): the person's
 * choice, else the segment's default, else the portal's; staff skip the segment (the console is the firm's). No
 * browser here: mail is often built by a background job. One read of each default for any number of recipients.
 */
export async function mailLanguages(db: Queryable, segmentId: string | null) {
  const segmentDefault = segmentId ? await segmentDefaultLanguage(db, segmentId) : null;
  const portalDefault = (await readPortalSettingsCached(db)).default_language;
  return (choice: string | null | undefined, options: { staff?: boolean } = {}): UiLanguage =>
    resolveLanguage({ choice, segmentDefault: options.staff ? null : segmentDefault, portalDefault }, false);
}

/** The language a person chose, by their address (billing contacts may be people of the portal or not). */
export const chosenLanguageOfAddress = (db: Queryable, email: string) => chosenLanguageOf(db, email);
