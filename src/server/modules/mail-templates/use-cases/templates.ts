import type { MailTemplateLocale, MailTemplateParts } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { forbidden, invalid, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import {
  MAIL_TEMPLATES,
  TEMPLATE_LOCALES,
  TemplateError,
  defaultTemplate,
  frameMail,
  missingRequired,
  withReplyMarker,
  queueMail,
  renderTemplateParts,
  templateEntry,
  templateValues,
  type CatalogEntry,
  type TemplateValues,
} from '../../../platform/mail/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { REPLY_MARKER } from '../../conversations/index.ts';
import { brandingOfSegment } from '../../branding/index.ts';
import { segmentBaseUrl } from '../../domains/index.ts';
import { mailTemplatesPolicy } from '../policy.ts';
import { presentTemplate } from '../presenters.ts';
import {
  deleteTemplate,
  findTemplate,
  listEditedTemplates,
  saveTemplate,
  type TemplateRow,
  type TemplateScope,
} from '../repository.ts';
import { requireSegment } from './sender.ts';

/**
 * Every change to a scope's templates (and each test send) is audited: on the segment, or for the firm-level
 * (portal-wide) ones as a change of the firm's settings.
 */
function auditTemplate(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  scope: TemplateScope,
  ip: string,
  change: 'saved' | 'reset' | 'test_sent',
  details: Record<string, unknown>,
) {
  return recordAudit(tx, {
    action: scope === null ? `settings.mail_template_${change}` : `segment.mail_template_${change}`,
    actor: { id: actor.userId, label: actor.email },
    target: scope === null ? { type: 'portal_settings', id: 'portal' } : { type: 'segment', id: scope },
    ip,
    details,
    occurredAt: ctx.clock.now(),
  });
}

/** A segment, or the firm-level templates (null): staff who may read the templates may read either. */
async function requireScope(ctx: AppContext, actor: Actor, scope: TemplateScope) {
  if (scope === null) {
    if (!mailTemplatesPolicy.canRead(actor)) throw forbidden();
  } else await requireSegment(ctx, actor, scope);
}

/**
 * What a scope's mail is sent with when it has no version of its own: a segment's, the firm-level version when the
 * firm edited this email in this language; otherwise (and always for the firm) the built-in translation.
 */
async function inherited(ctx: AppContext, scope: TemplateScope, entry: CatalogEntry, locale: MailTemplateLocale) {
  const firm: TemplateRow | null = scope === null ? null : await findTemplate(ctx.db, null, entry.key, locale);
  return firm
    ? { parts: { subject: firm.subject, html: firm.html, text: firm.text_body }, from: 'firm' as const }
    : { parts: defaultTemplate(entry, locale), from: 'default' as const };
}

async function present(
  ctx: AppContext,
  actor: Actor,
  scope: TemplateScope,
  entry: CatalogEntry,
  locale: MailTemplateLocale,
  row: TemplateRow | null,
) {
  return presentTemplate(entry, locale, row, await inherited(ctx, scope, entry, locale), actor);
}

function entryOf(key: string): CatalogEntry {
  const entry = templateEntry(key);
  if (!entry) throw notFound();
  return entry;
}

export async function listTemplatesUseCase(ctx: AppContext, actor: Actor, segmentId: TemplateScope) {
  await requireScope(ctx, actor, segmentId);
  const edited = await listEditedTemplates(ctx.db, segmentId);
  return {
    items: MAIL_TEMPLATES.map((entry) => ({
      key: entry.key,
      editedLocales: edited
        .filter((row) => row.template_key === entry.key)
        .map((row) => row.locale as MailTemplateLocale),
    })),
    locales: [...TEMPLATE_LOCALES],
    abilities: { update: mailTemplatesPolicy.canUpdate(actor) },
  };
}

export async function getTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: TemplateScope,
  key: string,
  locale: MailTemplateLocale,
) {
  await requireScope(ctx, actor, segmentId);
  const entry = entryOf(key);
  return present(ctx, actor, segmentId, entry, locale, await findTemplate(ctx.db, segmentId, key, locale));
}

/**
 * Renders parts with the template's sample values in the segment's frame (the firm's for firm-level templates). A template that does not parse or render
 * (syntax, an unknown variable or filter, a loop past the time limit) is refused with its part, line and message.
 */
async function renderSample(
  ctx: AppContext,
  segmentId: TemplateScope,
  entry: CatalogEntry,
  locale: string,
  parts: MailTemplateParts,
  logo: 'relative' | 'absolute',
) {
  const base = await segmentBaseUrl(ctx, ctx.db, segmentId);
  const branding = await brandingOfSegment(ctx.db, segmentId);
  // In the console the logo stays relative (CSP img-src 'self'); a mail needs it absolute.
  const framedBranding = {
    ...branding,
    logoUrl: branding.logoUrl && logo === 'absolute' ? base + branding.logoUrl : branding.logoUrl,
    segmentId,
  };
  try {
    const values: TemplateValues = templateValues(
      entry.sample,
      entry.sampleUrl ? base + entry.sampleUrl : '',
      framedBranding,
    );
    const body = await renderTemplateParts(parts, values);
    const missing = missingRequired(entry, values, body);
    if (missing.length)
      throw new TemplateError(
        body.text.includes(String(values[missing[0]!])) ? 'html' : 'text',
        null,
        null,
        `The email must print ${missing.map((name) => `{{ ${name} }}`).join(' and ')} in both parts: its links must work.`,
      );
    // The preview shows the reply marker where real mail has it (it is not part of the template).
    const marked = withReplyMarker(
      { html: body.html, text: body.text.trimEnd() },
      entry.replyMarker ? REPLY_MARKER : null,
    );
    return frameMail(framedBranding, { subject: body.subject, ...marked }, locale);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const where = error.line ? `Line ${error.line}${error.column ? `, column ${error.column}` : ''}: ` : '';
    throw invalid(
      [{ path: error.part, code: 'template_error', message: `${where}${error.message}` }],
      'The template has an error.',
    );
  }
}

export async function saveTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: TemplateScope,
  key: string,
  locale: MailTemplateLocale,
  parts: MailTemplateParts,
  expectedVersion: number | null,
  ip: string,
) {
  await requireScope(ctx, actor, segmentId);
  if (!mailTemplatesPolicy.canUpdate(actor)) throw forbidden();
  const entry = entryOf(key);
  // Refused here, never at send time: what is saved renders with every value the mail can carry.
  await renderSample(ctx, segmentId, entry, locale, parts, 'relative');
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await saveTemplate(tx, segmentId, key, locale, parts, actor.userId, expectedVersion);
    if (!saved) throw staleVersion();
    await auditTemplate(ctx, tx, actor, segmentId, ip, 'saved', {
      template: key,
      locale,
      version: saved.version,
    });
    return saved;
  });
  return present(ctx, actor, segmentId, entry, locale, row);
}

export async function resetTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: TemplateScope,
  key: string,
  locale: MailTemplateLocale,
  ip: string,
) {
  await requireScope(ctx, actor, segmentId);
  if (!mailTemplatesPolicy.canUpdate(actor)) throw forbidden();
  const entry = entryOf(key);
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteTemplate(tx, segmentId, key, locale))) return;
    await auditTemplate(ctx, tx, actor, segmentId, ip, 'reset', { template: key, locale });
  });
  return present(ctx, actor, segmentId, entry, locale, null);
}

/** The unsaved parts rendered with the sample values, as the segment's people would get them. Nothing is saved. */
export async function previewTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: TemplateScope,
  key: string,
  locale: MailTemplateLocale,
  parts: MailTemplateParts,
) {
  await requireScope(ctx, actor, segmentId);
  return renderSample(ctx, segmentId, entryOf(key), locale, parts, 'relative');
}

/**
 * Sends the unsaved parts, with sample values, to the editor's own address only (never another's: this is not a
 * way to mail anyone), from the segment's sender and signed with its key, through the same queue as real mail.
 */
export async function testSendTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: TemplateScope,
  key: string,
  locale: MailTemplateLocale,
  parts: MailTemplateParts,
  ip: string,
) {
  await requireScope(ctx, actor, segmentId);
  if (!mailTemplatesPolicy.canUpdate(actor)) throw forbidden();
  const entry = entryOf(key);
  const mail = await renderSample(ctx, segmentId, entry, locale, parts, 'absolute');
  const branding = await brandingOfSegment(ctx.db, segmentId);
  await ctx.db.transaction(async (tx) => {
    await queueMail(
      tx,
      ctx.secretBox,
      {
        to: actor.email,
        ...mail,
        subject: `[Test] ${mail.subject}`,
        // The segment decides the sender and key; no template key: this mail is already the edited one.
        source: { segmentId, locale, branding, key: null, values: {}, action: null },
      },
      ctx.clock.now(),
    );
    await auditTemplate(ctx, tx, actor, segmentId, ip, 'test_sent', { template: key, locale });
  });
  return { sentTo: actor.email };
}
