import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/server/i18n/index.ts';
import { checkDnsRecords, dnsRecordsFor } from '../../src/server/modules/mail-templates/dkim.ts';
import { effectiveFrom } from '../../src/server/modules/mail-templates/presenters.ts';
import {
  MAIL_TEMPLATES,
  TEMPLATE_LOCALES,
  TemplateError,
  catalogContent,
  missingRequired,
  defaultTemplate,
  renderMail,
  renderTemplateParts,
  templateEntry,
  templateValues,
} from '../../src/server/platform/mail/index.ts';

const branding = { name: 'Northwind Advisory', primaryColor: '#1f5f8b', logoUrl: null };

describe('default templates', () => {
  // Every email, every language: the edited-template path starts from the same text the built-in mail sends.
  const cases = MAIL_TEMPLATES.flatMap((entry) => TEMPLATE_LOCALES.map((locale) => [entry.key, locale] as const));

  it.each(cases)('%s (%s) renders, with the sample values, to what the mail builders send', async (key, locale) => {
    const entry = templateEntry(key)!;
    const url = entry.sampleUrl ? 'https://portal.example/x?a=1' : null;
    const rendered = await renderTemplateParts(
      defaultTemplate(entry, locale),
      templateValues(entry.sample, url, branding),
    );
    const built = renderMail(branding, catalogContent(key, entry.sample, locale, url), locale);
    expect(rendered.subject).toBe(built.subject);
    // The built mail's text is the body, then the frame's footer.
    expect(built.text.startsWith(`${rendered.text.trimEnd()}\n\n--`)).toBe(true);
    expect(rendered.text).not.toMatch(/NaN|97.?531|\{\{|\{%/);
    if (url) {
      expect(rendered.html).toContain('href="https://portal.example/x?a=1"');
      expect(rendered.html).toContain('#1f5f8b');
    }
  });

  it('keep plural messages as their general form with the number as a variable', () => {
    const locked = defaultTemplate(templateEntry('locked')!, 'en');
    expect(locked.text).toContain('{{ count }} failed sign-in attempts');
    expect(locked.text).toContain('{{ minutes }} minutes');
    expect(locked.text).not.toMatch(/NaN|97.?531/);
  });

  it('turn a select into a case over its options, so each option reads right once edited', async () => {
    const order = templateEntry('orderStatus')!;
    const parts = defaultTemplate(order, 'de');
    expect(parts.subject).toContain('{% case status %}');
    for (const [status, word] of [
      ['shipped', 'versandt'],
      ['delivered', 'zugestellt'],
    ] as const) {
      const rendered = await renderTemplateParts(parts, templateValues({ ...order.sample, status }, 'x', branding));
      expect(rendered.subject).toBe(t('mail.order.status.subject', { ...order.sample, status }, 'de'));
      expect(rendered.subject).toContain(word);
    }
    // A plural with one branch of its own: "1 overdue task", "2 overdue tasks".
    const digest = templateEntry('tasksOverdueDigest')!;
    const one = await renderTemplateParts(
      defaultTemplate(digest, 'en'),
      templateValues({ ...digest.sample, count: 1 }, 'x', branding),
    );
    expect(one.subject).toBe('1 overdue task on Northwind Advisory');
  });

  it('print a list value once per item (a thread email is its messages)', async () => {
    const entry = templateEntry('ticketReply')!;
    const parts = defaultTemplate(entry, 'fr');
    expect(parts.text).toContain('{% for item in messages %}');
    const messages = [
      { author: 'Ann', time: '2026-12-01 09:00', body: 'First <b>' },
      { author: 'Bo', time: '2026-12-01 10:00', body: 'Second' },
    ];
    const rendered = await renderTemplateParts(parts, templateValues({ ...entry.sample, messages }, 'x', branding));
    expect(rendered.text).toContain('Ann a écrit');
    expect(rendered.text).toContain('Bo a écrit');
    expect(rendered.html).toContain('First &lt;b&gt;');
  });

  it('never put the reply marker into a template: it is added above the body', () => {
    for (const key of ['ticketReceived', 'ticketReply', 'ticketCustomerReply', 'threadMessage']) {
      const entry = templateEntry(key)!;
      expect(entry.replyMarker).toBe(true);
      expect(defaultTemplate(entry, 'en').text).not.toContain('Reply above this line');
      const built = renderMail(
        branding,
        catalogContent(key, entry.sample, 'en', 'https://p.example', { replyMarker: '-- marker --' }),
        'en',
      );
      expect(built.text.startsWith('-- marker --\n\n')).toBe(true);
    }
  });

  it('name the answer links of the survey as required, and find them missing from a template that drops one', () => {
    const csat = templateEntry('csat')!;
    const values = templateValues({ ...csat.sample }, 'https://p.example/rate#token=t&rating=good', branding);
    const good = { html: '<a href="https://p.example/rate#token=t&amp;rating=good">', text: String(values.action_url) };
    expect(missingRequired(csat, values, good)).toEqual(['bad_url']);
  });
});

describe('the template engine', () => {
  const values = { name: '<Ann & "Co">', action_url: 'https://x.example/?a=1&b=2' };
  const render = (parts: Partial<{ subject: string; html: string; text: string }>) =>
    renderTemplateParts({ subject: 'Hi', html: '<p>x</p>', text: 'x', ...parts }, values);

  it('escapes values in HTML and leaves them as typed in text', async () => {
    const out = await render({ html: '<p>{{ name }}</p>', text: '{{ name }}' });
    expect(out.html).toBe('<p>&lt;Ann &amp; &#34;Co&#34;&gt;</p>');
    expect(out.text).toBe('<Ann & "Co">');
  });

  it('refuses syntax errors, unknown variables and filters, with the line', async () => {
    for (const [html, line] of [
      ['<p>ok</p>\n{% if name %}', 2],
      ['a\nb\n{{ nope }}', 3],
      ['{{ name | nosuchfilter }}', 1],
    ] as const) {
      const error = await render({ html }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).part).toBe('html');
      expect((error as TemplateError).line).toBe(line);
    }
  });

  it('has no file system and stops endless loops', async () => {
    await expect(render({ text: '{% include "/etc/passwd" %}' })).rejects.toBeInstanceOf(TemplateError);
    await expect(render({ text: '{% render "x" %}' })).rejects.toBeInstanceOf(TemplateError);
    await expect(render({ text: '{% for i in (1..100000000) %}{{ i }}{% endfor %}' })).rejects.toBeInstanceOf(
      TemplateError,
    );
  });

  it('refuses a subject of several lines (header injection)', async () => {
    await expect(render({ subject: 'a\nBcc: x@evil.example' })).rejects.toBeInstanceOf(TemplateError);
  });
});

describe('the mail layout', () => {
  it('lays out with tables and inline styles, a light-only colour scheme and the logo on its own tile', () => {
    const mail = renderMail(
      { ...branding, logoUrl: 'https://p.example/logo.png' },
      { subject: 's', paragraphs: ['p'], template: { key: 'test', values: {} } },
    );
    expect(mail.html).toContain('role="presentation"');
    expect(mail.html).toContain('name="color-scheme" content="light only"');
    expect(mail.html).toMatch(/<td style="background:#ffffff[^"]*"><img src="https:\/\/p.example\/logo.png"/);
    expect(mail.html).not.toMatch(/<style|class=/);
    expect(mail.text.length).toBeGreaterThan(0);
  });
});

describe('sender and DNS records', () => {
  it('builds the From from the segment over MAIL_FROM', () => {
    const row = { segment_id: 's', from_name: 'Acme Care', from_address: 'care@acme.example', version: 1 };
    expect(effectiveFrom(row, 'Portico <no-reply@firm.example>')).toBe('"Acme Care" <care@acme.example>');
    expect(effectiveFrom(null, 'Portico <no-reply@firm.example>')).toBe('"Portico" <no-reply@firm.example>');
    expect(effectiveFrom({ ...row, from_name: null }, 'Portico <no-reply@firm.example>')).toBe('care@acme.example');
  });

  it('publishes the DKIM public key, SPF naming the relay and DMARC guidance', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const records = dnsRecordsFor(
      'acme.example',
      { selector: 'portico202612', public_key_der: der },
      'smtp://relay.example:587',
    );
    const dkim = records.find((record) => record.kind === 'dkim')!;
    expect(dkim.name).toBe('portico202612._domainkey.acme.example');
    const p = /p=(.+)$/.exec(dkim.value)![1]!;
    // The published value is the key itself: node:crypto reads it back.
    expect(createPublicKey({ key: Buffer.from(p, 'base64'), format: 'der', type: 'spki' }).asymmetricKeyType).toBe(
      'rsa',
    );
    expect(records.find((record) => record.kind === 'spf')!.value).toBe('v=spf1 a:relay.example mx ~all');
    expect(records.find((record) => record.kind === 'dmarc')!.name).toBe('_dmarc.acme.example');
  });

  it('says DNS is unreachable when no server answers', async () => {
    const records = dnsRecordsFor('acme.example', { selector: 's', public_key_der: 'AAAA' }, null);
    // A closed local port: the resolver gets no answer at all.
    const result = await checkDnsRecords(records, ['127.0.0.1:9']);
    expect(result.reachable).toBe(false);
    expect(result.records.every((record) => record.status === 'unreachable')).toBe(true);
  });
});
