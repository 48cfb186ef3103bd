import { displayMoney } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import { prepareMail, renderCatalogMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { documentUrl } from './documents-pdf.ts';
import { findDocument } from './repository-documents.ts';
import { billingRecipients } from './mail-recipients.ts';

async function readAll(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * A calendar day ("2026-12-31") in the recipient's language: "31 December 2026", "31. Dezember 2026". A quote's
 * valid-until date is a day, not an instant (it expires when that UTC day is over), so no time zone moves it; the
 * mail layer knows no recipient time zone anyway.
 */
function calendarDay(day: string, locale: string) {
  const date = new Date(`${day}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

/** A cover note's opening paragraph (up to the first blank line), for the mail; the rest is on the portal. */
export const firstParagraph = (note: string) =>
  note
    .trim()
    .split(/\r?\n\s*\r?\n/)[0]
    ?.trim() ?? '';

/**
 * Job: mails a sent document with the exact PDF that was kept at send (not a new rendering) to the account's
 * billing contacts, or its account admins when the profile names none. A system job: it reads the document
 * without a caller's scope ([true, []]); the send that queued it was authorized.
 */
export const sendDocumentMail: JobHandler = async (ctx: AppContext, payload) => {
  const documentId = String(payload.documentId);
  const row = await findDocument(ctx.db, documentId, [true, []], ctx.clock.now().toISOString().slice(0, 10), true);
  if (!row || !row.pdf_key || row.status === 'void') return;
  // The account's segment's branding (modules/branding), logo URL already absolute.
  const { branding, language } = await mailBrandingFor(ctx, ctx.db, { accountId: row.account_id });
  const recipients = await billingRecipients(ctx.db, row.account_id, language);
  if (!recipients.length) return;
  const pdf = await readAll(await ctx.storage.read(row.pdf_key));
  const url = await documentUrl(ctx, ctx.db, row);
  const key = { invoice: 'invoiceSent', quote: 'quoteSent', credit_note: 'creditNoteSent' }[row.kind];
  for (const { to, locale } of recipients) {
    const values = {
      number: row.number ?? '',
      portal: branding.name,
      total: displayMoney(row.total, row.currency, locale),
      due: row.kind === 'invoice' && row.due_date ? row.due_date : 'none',
      ...(row.kind === 'quote'
        ? {
            validUntil: row.valid_until ? calendarDay(row.valid_until, locale) : '',
            coverNote: firstParagraph(row.cover_note),
          }
        : {}),
    };
    // The segment's sender, key and edited template apply here, as in the mail job (platform/mail/prepare.ts).
    const prepared = await prepareMail(ctx, {
      to,
      ...renderCatalogMail(branding, key, values, locale, url),
      // The outbox keeps no file: this header records which PDF went out.
      headers: { 'X-Portico-Attachment': `${row.number}.pdf; sha256=${row.pdf_sha256}` },
      attachments: [{ filename: `${row.number}.pdf`, content: pdf, contentType: 'application/pdf' }],
    });
    await ctx.mailer.send(prepared, { throwOnFailure: true });
  }
};
