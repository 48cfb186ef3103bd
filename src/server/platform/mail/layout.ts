import { t } from '../../i18n/index.ts';

export interface MailBranding {
  name: string;
  primaryColor: string;
  logoUrl: string | null;
  // A segment's own contact and footer links (modules/branding); absent for the firm's plain layout.
  supportEmail?: string | null;
  termsUrl?: string | null;
  privacyUrl?: string | null;
}

function footerLinks(branding: MailBranding): { label: string; url: string }[] {
  return [
    ...(branding.supportEmail ? [{ label: branding.supportEmail, url: `mailto:${branding.supportEmail}` }] : []),
    ...(branding.termsUrl ? [{ label: 'Terms', url: branding.termsUrl }] : []),
    ...(branding.privacyUrl ? [{ label: 'Privacy', url: branding.privacyUrl }] : []),
  ];
}

export interface MailContent {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** One branded layout for every email, as plain text and HTML. All text is escaped: names are user input. */
export function renderMail(branding: MailBranding, content: MailContent, locale: string | null = null) {
  const footer = `${t('mail.footer', { portal: branding.name }, locale)} ${t('mail.ignore', {}, locale)}`;
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    '',
    '--',
    footer,
    ...footerLinks(branding).map((link) => `${link.label}: ${link.url.replace(/^mailto:/, '')}`),
  ].join('\n\n');
  const links = footerLinks(branding)
    .map((link) => `<a href="${escapeHtml(link.url)}" style="color:#555">${escapeHtml(link.label)}</a>`)
    .join(' · ');
  const color = /^#[0-9a-fA-F]{6}$/.test(branding.primaryColor) ? branding.primaryColor : '#2457c5';
  const logo = branding.logoUrl
    ? `<img src="${escapeHtml(branding.logoUrl)}" alt="" height="32" style="vertical-align:middle;margin-right:8px">`
    : '';
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1d2330;background:#f5f6f8;padding:24px">
<div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:24px;border-top:4px solid ${color}">
<p style="font-weight:600;font-size:18px">${logo}${escapeHtml(branding.name)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${content.action ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:${color};color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p><p style="font-size:12px;color:#555">${escapeHtml(content.action.url)}</p>` : ''}
<p style="font-size:12px;color:#555">${escapeHtml(footer)}</p>
${links ? `<p style="font-size:12px;color:#555">${links}</p>` : ''}
</div></body></html>`;
  return { subject: content.subject, text, html };
}
