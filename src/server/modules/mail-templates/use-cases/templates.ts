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
  queueMail,
  renderTemplateParts,
  templateEntry,
  templateValues,
  type CatalogEntry,
} from '../../../platform/mail/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { brandingOfSegment } from '../../branding/index.ts';
import { segmentBaseUrl } from '../../domains/index.ts';
import { mailTemplatesPolicy } from '../policy.ts';
import { presentTemplate } from '../presenters.ts';
import { deleteTemplate, findTemplate, listEditedTemplates, saveTemplate } from '../repository.ts';
import { requireSegment } from './sender.ts';

/** Every change to a segment's templates (and each test send) is audited on the segment. */
function auditTemplate(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  segmentId: string,
  ip: string,
  action: 'segment.mail_template_saved' | 'segment.mail_template_reset' | 'segment.mail_template_test_sent',
  details: Record<string, unknown>,
) {
  return recordAudit(tx, {
    action,
    actor: { id: actor.userId, label: actor.email },
    target: { type: 'segment', id: segmentId },
    ip,
    details,
    occurredAt: ctx.clock.now(),
  });
}

function entryOf(key: string): CatalogEntry {
  const entry = templateEntry(key);
  if (!entry) throw notFound();
  return entry;
}

export async function listTemplatesUseCase(ctx: AppContext, actor: Actor, segmentId: string) {
  await requireSegment(ctx, actor, segmentId);
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
  segmentId: string,
  key: string,
  locale: MailTemplateLocale,
) {
  await requireSegment(ctx, actor, segmentId);
  const entry = entryOf(key);
  const row = await findTemplate(ctx.db, segmentId, key, locale);
  return presentTemplate(entry, locale, row, defaultTemplate(entry, locale), actor);
}

/**
 * Renders parts with the template's sample values in the segment's frame. A template that does not parse or render
 * (syntax, an unknown variable or filter, a loop past the time limit) is refused with its part, line and message.
 */
async function renderSample(
  ctx: AppContext,
  segmentId: string,
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
    const body = await renderTemplateParts(parts, templateValues(entry.sample, base + entry.sampleUrl, framedBranding));
    return frameMail(framedBranding, body, locale);
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
  segmentId: string,
  key: string,
  locale: MailTemplateLocale,
  parts: MailTemplateParts,
  expectedVersion: number | null,
  ip: string,
) {
  await requireSegment(ctx, actor, segmentId);
  if (!mailTemplatesPolicy.canUpdate(actor)) throw forbidden();
  const entry = entryOf(key);
  // Refused here, never at send time: what is saved renders with every value the mail can carry.
  await renderSample(ctx, segmentId, entry, locale, parts, 'relative');
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await saveTemplate(tx, segmentId, key, locale, parts, actor.userId, expectedVersion);
    if (!saved) throw staleVersion();
    await auditTemplate(ctx, tx, actor, segmentId, ip, 'segment.mail_template_saved', {
      template: key,
      locale,
      version: saved.version,
    });
    return saved;
  });
  return presentTemplate(entry, locale, row, defaultTemplate(entry, locale), actor);
}

export async function resetTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  key: string,
  locale: MailTemplateLocale,
  ip: string,
) {
  await requireSegment(ctx, actor, segmentId);
  if (!mailTemplatesPolicy.canUpdate(actor)) throw forbidden();
  const entry = entryOf(key);
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteTemplate(tx, segmentId, key, locale))) return;
    await auditTemplate(ctx, tx, actor, segmentId, ip, 'segment.mail_template_reset', { template: key, locale });
  });
  return presentTemplate(entry, locale, null, defaultTemplate(entry, locale), actor);
}

/** The unsaved parts rendered with the sample values, as the segment's people would get them. Nothing is saved. */
export async function previewTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  key: string,
  locale: MailTemplateLocale,
  parts: MailTemplateParts,
) {
  await requireSegment(ctx, actor, segmentId);
  return renderSample(ctx, segmentId, entryOf(key), locale, parts, 'relative');
}

/**
 * Sends the unsaved parts, with sample values, to the editor's own address only (never another's: this is not a
 * way to mail anyone), from the segment's sender and signed with its key, through the same queue as real mail.
 */
export async function testSendTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  key: string,
  locale: MailTemplateLocale,
  parts: MailTemplateParts,
  ip: string,
) {
  await requireSegment(ctx, actor, segmentId);
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
    await auditTemplate(ctx, tx, actor, segmentId, ip, 'segment.mail_template_test_sent', { template: key, locale });
  });
  return { sentTo: actor.email };
}
