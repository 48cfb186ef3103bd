import { describe, expect, it } from 'vitest';
import { renderMail } from '../../src/server/platform/mail/layout.ts';

/** Every mail names its catalogue template; the layout does not read it. */
const T = { key: 'test', values: {} };

const branding = { name: 'Northwind Advisory', primaryColor: '#1f5f8b', logoUrl: null };
const action = { label: 'Accept invitation', url: 'https://portal.example.com/invitations#token=abc123' };

describe('renderMail', () => {
  it('keeps subject, paragraphs and action URL in both the text and the HTML part', () => {
    const mail = renderMail(branding, {
      subject: 'You are invited',
      template: T,
      paragraphs: ['Alice invited you.', 'It expires in 7 days.'],
      action,
    });
    expect(mail.subject).toBe('You are invited');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(action.url);
      expect(part).toContain('Alice invited you.');
      expect(part).toContain('It expires in 7 days.');
    }
    expect(mail.html).toContain(`href="${action.url}"`);
    expect(mail.text).toContain(`Accept invitation: ${action.url}`);
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it('escapes HTML in names and paragraphs (they are user input)', () => {
    const mail = renderMail(
      { ...branding, name: '<b>Evil</b> & "Co"' },
      {
        subject: 's',
        template: T,
        paragraphs: ['<script>alert(1)</script> invited you', "O'Brien <img src=x onerror=alert(1)>"],
        action,
      },
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).not.toContain('<b>Evil</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(mail.html).toContain('O&#39;Brien');
    // The plain-text part shows what the user typed, unescaped.
    expect(mail.text).toContain('<script>alert(1)</script> invited you');
  });

  it('escapes the action URL inside attributes', () => {
    const url = 'https://portal.example.com/x?a=1&b="2"';
    const mail = renderMail(branding, { subject: 's', template: T, paragraphs: [], action: { label: 'Go', url } });
    expect(mail.html).toContain('href="https://portal.example.com/x?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain(url);
  });

  it('ignores a primary colour that is not #rrggbb (it lands in a style attribute)', () => {
    const mail = renderMail(
      { ...branding, primaryColor: 'red;background:url(https://evil.example)' },
      { subject: 's', template: T, paragraphs: ['p'], action },
    );
    expect(mail.html).not.toContain('evil.example');
    expect(mail.html).toContain('#2457c5');
  });

  it('shows the logo with an escaped URL, and none without one', () => {
    const withLogo = renderMail(
      { ...branding, logoUrl: 'https://portal.example.com/logo.png?"x' },
      { subject: 's', template: T, paragraphs: [] },
    );
    expect(withLogo.html).toContain('<img src="https://portal.example.com/logo.png?&quot;x"');
    expect(renderMail(branding, { subject: 's', template: T, paragraphs: [] }).html).not.toContain('<img');
  });

  it('says why the mail came and names the portal in the footer', () => {
    const mail = renderMail(branding, { subject: 's', template: T, paragraphs: ['p'] });
    expect(mail.text).toContain('because of your access to Northwind Advisory');
    expect(mail.html).toContain('because of your access to Northwind Advisory');
    expect(mail.text).not.toContain(': undefined');
  });
});

describe('segment footer links', () => {
  it('adds the support address and the terms and privacy links, escaped, to both parts', () => {
    const mail = renderMail(
      {
        ...branding,
        supportEmail: 'help@northwind.example',
        termsUrl: 'https://northwind.example/terms?a=1&b="2"',
        privacyUrl: null,
      },
      { subject: 's', template: T, paragraphs: ['Hello'] },
    );
    expect(mail.html).toContain('href="mailto:help@northwind.example"');
    expect(mail.html).toContain('href="https://northwind.example/terms?a=1&amp;b=&quot;2&quot;"');
    expect(mail.html).not.toContain('Privacy');
    expect(mail.text).toContain('help@northwind.example');
    expect(mail.text).toContain('Terms: https://northwind.example/terms?a=1&b="2"');
  });
});
