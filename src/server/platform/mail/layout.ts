import { t } from '../../i18n/index.ts';
import type { TemplateValues } from './catalog-types.ts';

export interface MailBranding {
  name: string;
  primaryColor: string;
  logoUrl: string | null;
  // A segment's own contact and footer links (modules/branding); absent for the firm's plain layout.
  supportEmail?: string | null;
  termsUrl?: string | null;
  privacyUrl?: string | null;
  /** The recipient's segment (modules/branding): its sender, DKIM key and edited templates apply at send time. */
  segmentId?: string | null;
}

function footerLinks(branding: MailBranding, locale: string | null): { label: string; url: string }[] {
  return [
    ...(branding.supportEmail ? [{ label: branding.supportEmail, url: `mailto:${branding.supportEmail}` }] : []),
    ...(branding.termsUrl ? [{ label: t('mail.footer.terms', {}, locale), url: branding.termsUrl }] : []),
    ...(branding.privacyUrl ? [{ label: t('mail.footer.privacy', {}, locale), url: branding.privacyUrl }] : []),
  ];
}

/** A paragraph of text, or a second link (label and address) below the body. */
export type MailParagraph = string | { label: string; url: string };

export interface MailContent {
  subject: string;
  paragraphs: MailParagraph[];
  action?: { label: string; url: string };
  /**
   * The editable template this mail is (platform/mail/catalog.ts) and the values its texts were built from: a
   * segment's edited version of it replaces subject and body at send time (modules/mail-templates). Every mail
   * names one (catalogContent builds the content from it), so no email is left with built-in text only.
   */
  template: { key: string; values: TemplateValues };
  /** Set when the mail has a reply address: the marker line above the body, kept outside any template. */
  replyMarker?: string;
}

/** What a queued mail remembers of how it was built, so a segment's edited template can rebuild it at send time. */
export interface MailSource {
  segmentId: string | null;
  locale: string | null;
  branding: MailBranding;
  key: string | null;
  values: TemplateValues;
  action: { label: string; url: string } | null;
  /** The reply marker above the body (tickets and conversations with a reply address), whatever the template. */
  replyMarker?: string | null;
}

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const safeColor = (color: string) => (/^#[0-9a-fA-F]{6}$/.test(color) ? color : '#2457c5');

/** A paragraph and a button as every mail client lays them out: inline styles, a table for the button. */
export const paragraphHtml = (inner: string) =>
  `<p style="margin:0 0 16px 0;font-size:16px;line-height:24px;color:#1d2330">${inner}</p>`;
export const buttonHtml = (href: string, label: string, color: string) =>
  `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0"><tr><td bgcolor="${safeColor(color)}" style="background:${safeColor(color)};border-radius:6px"><a href="${href}" style="display:inline-block;padding:12px 20px;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none">${label}</a></td></tr></table>` +
  `<p style="margin:0 0 16px 0;font-size:12px;line-height:18px;color:#555555;word-break:break-all">${href}</p>`;

export const linkParagraphHtml = (href: string, label: string) =>
  paragraphHtml(`<a href="${href}" style="color:#2457c5;text-decoration:underline">${label}</a>`);

/** The reply marker as the first paragraph of both parts: added around any body, edited or built in. */
export function withReplyMarker(body: { html: string; text: string }, marker: string | null | undefined) {
  if (!marker) return body;
  return { html: `${paragraphHtml(escapeHtml(marker))}\n${body.html}`, text: `${marker}\n\n${body.text}` };
}

/** The body of a mail (inside the branded frame) from its paragraphs and button, as HTML and as text. */
export function contentBody(branding: MailBranding, content: Pick<MailContent, 'paragraphs' | 'action'>) {
  const html = [
    ...content.paragraphs.map((p) =>
      typeof p === 'string' ? paragraphHtml(escapeHtml(p)) : linkParagraphHtml(escapeHtml(p.url), escapeHtml(p.label)),
    ),
    ...(content.action
      ? [buttonHtml(escapeHtml(content.action.url), escapeHtml(content.action.label), branding.primaryColor)]
      : []),
  ].join('\n');
  const text = [
    ...content.paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label}: ${p.url}`)),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
  ].join('\n\n');
  return { html, text };
}

/**
 * The branded frame around a body, as plain text and HTML. The HTML is what the major clients render alike:
 * tables for layout, inline styles only, and the logo on its own white tile so a dark logo stays visible when a
 * client darkens the page (dark mode); `color-scheme` tells clients the mail is light-only, so they don't invert it.
 */
export function frameMail(
  branding: MailBranding,
  body: { subject: string; html: string; text: string },
  locale: string | null = null,
) {
  const footer = `${t('mail.footer', { portal: branding.name }, locale)} ${t('mail.ignore', {}, locale)}`;
  const text = [
    body.text,
    '--',
    footer,
    ...footerLinks(branding, locale).map((link) => `${link.label}: ${link.url.replace(/^mailto:/, '')}`),
  ].join('\n\n');
  const links = footerLinks(branding, locale)
    .map((link) => `<a href="${escapeHtml(link.url)}" style="color:#555555">${escapeHtml(link.label)}</a>`)
    .join(' · ');
  const color = safeColor(branding.primaryColor);
  const logo = branding.logoUrl
    ? `<td style="background:#ffffff;border-radius:6px;padding:4px;width:1%"><img src="${escapeHtml(branding.logoUrl)}" alt="" height="32" style="display:block;height:32px;border:0"></td><td style="width:8px"></td>`
    : '';
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="color-scheme" content="light only"><meta name="supported-color-schemes" content="light"><title>${escapeHtml(body.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f6f8">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5f6f8" style="background:#f5f6f8"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:560px;background:#ffffff;border-radius:8px;border-top:4px solid ${color};font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1d2330">
<tr><td style="padding:24px 24px 8px 24px"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>${logo}<td style="font-size:18px;font-weight:600;color:#1d2330">${escapeHtml(branding.name)}</td></tr></table></td></tr>
<tr><td style="padding:8px 24px 8px 24px">
${body.html}
</td></tr>
<tr><td style="padding:8px 24px 24px 24px;font-size:12px;line-height:18px;color:#555555"><p style="margin:0 0 8px 0">${escapeHtml(footer)}</p>${links ? `<p style="margin:0">${links}</p>` : ''}</td></tr>
</table></td></tr></table></body></html>`;
  return { subject: body.subject, text, html };
}

/** One branded layout for every email, as plain text and HTML. All text is escaped: names are user input. */
export function renderMail(branding: MailBranding, content: MailContent, locale: string | null = null) {
  const body = withReplyMarker(contentBody(branding, content), content.replyMarker);
  const framed = frameMail(branding, { subject: content.subject, ...body }, locale);
  const source: MailSource = {
    segmentId: branding.segmentId ?? null,
    locale,
    branding,
    key: content.template.key,
    values: content.template.values,
    action: content.action ?? null,
    replyMarker: content.replyMarker ?? null,
  };
  return { ...framed, source };
}
