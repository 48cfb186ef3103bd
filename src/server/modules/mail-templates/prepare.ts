import type { AppContext } from '../../platform/context.ts';
import {
  frameMail,
  languageOf,
  missingRequired,
  renderTemplateParts,
  templateEntry,
  templateValues,
  withReplyMarker,
  type OutgoingMail,
} from '../../platform/mail/index.ts';
import { addressOf, dkimSigningFor, domainOfAddress } from './dkim.ts';
import { effectiveFrom } from './presenters.ts';
import { findEffectiveTemplate, findSender } from './repository.ts';

/**
 * Send time (platform/mail/prepare.ts): the From of the recipient's segment, the DKIM key of its domain, and the
 * edited template in the mail's language: the segment's own version, else the firm-level one (which is also what
 * staff mail, reaching no segment, gets), else the built-in one the mail was built with. A template that fails now (it rendered with the sample values
 * when saved, but real values differ) is logged and the mail goes out as built: sending never fails for a template.
 */
export async function prepareSegmentMail(ctx: AppContext, mail: OutgoingMail): Promise<OutgoingMail> {
  const source = mail.source;
  const segmentId = source?.segmentId ?? null;
  const from = effectiveFrom(segmentId ? await findSender(ctx.db, segmentId) : null, ctx.config.mailFrom);
  const domain = domainOfAddress(addressOf(from));
  const dkim = domain ? await dkimSigningFor(ctx, domain) : null;
  let prepared: OutgoingMail = { ...mail, from, ...(dkim ? { dkim } : {}) };
  if (!source?.key) return prepared;
  const row = await findEffectiveTemplate(ctx.db, segmentId, source.key, languageOf(source.locale));
  if (!row) return prepared;
  try {
    const values = templateValues(source.values, source.action?.url ?? null, source.branding);
    const body = await renderTemplateParts({ subject: row.subject, html: row.html, text: row.text_body }, values);
    // An answer link the edit lost (it rendered on save, but real values differ): the default keeps it working.
    const entry = templateEntry(source.key);
    const missing = entry ? missingRequired(entry, values, body) : [];
    if (missing.length) throw new Error(`The edited template leaves out ${missing.join(', ')}`);
    // The reply marker is never the template's: it goes above whatever the segment (or the firm) wrote.
    const marked = withReplyMarker({ html: body.html, text: body.text.trimEnd() }, source.replyMarker);
    prepared = { ...prepared, ...frameMail(source.branding, { subject: body.subject, ...marked }, source.locale) };
  } catch (error) {
    ctx.logger.warn(
      { err: error, segmentId, firmLevel: row.segment_id === null, template: source.key, locale: row.locale },
      'edited mail template failed; sent the default',
    );
  }
  return prepared;
}
