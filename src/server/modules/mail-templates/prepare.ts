import type { AppContext } from '../../platform/context.ts';
import {
  frameMail,
  languageOf,
  renderTemplateParts,
  templateValues,
  type OutgoingMail,
} from '../../platform/mail/index.ts';
import { addressOf, dkimSigningFor, domainOfAddress } from './dkim.ts';
import { effectiveFrom } from './presenters.ts';
import { findSender, findTemplate } from './repository.ts';

/**
 * Send time (platform/mail/prepare.ts): the From of the recipient's segment, the DKIM key of its domain, and the
 * segment's edited template in the mail's language. A template that fails now (it rendered with the sample values
 * when saved, but real values differ) is logged and the mail goes out as built: sending never fails for a template.
 */
export async function prepareSegmentMail(ctx: AppContext, mail: OutgoingMail): Promise<OutgoingMail> {
  const source = mail.source;
  const segmentId = source?.segmentId ?? null;
  const from = effectiveFrom(segmentId ? await findSender(ctx.db, segmentId) : null, ctx.config.mailFrom);
  const domain = domainOfAddress(addressOf(from));
  const dkim = domain ? await dkimSigningFor(ctx, domain) : null;
  let prepared: OutgoingMail = { ...mail, from, ...(dkim ? { dkim } : {}) };
  if (!source?.key || !segmentId) return prepared;
  const row = await findTemplate(ctx.db, segmentId, source.key, languageOf(source.locale));
  if (!row) return prepared;
  try {
    const body = await renderTemplateParts(
      { subject: row.subject, html: row.html, text: row.text_body },
      templateValues(source.values, source.action?.url ?? null, source.branding),
    );
    prepared = { ...prepared, ...frameMail(source.branding, body, source.locale) };
  } catch (error) {
    ctx.logger.warn(
      { err: error, segmentId, template: source.key, locale: row.locale },
      'edited mail template failed; sent the default',
    );
  }
  return prepared;
}
