import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

/** Issue 14: a sender per segment, and templates staff edit per segment and language, used by the real mail. */
describe('mail per segment: sender and templates', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let alice: HttpClient;
  let clients: string;
  let acme: string;
  const template = (key = 'invitation', locale = 'en', segment = () => clients) =>
    `/api/v1/segments/${segment()}/mail-templates/${key}/${locale}`;
  const invite = async (email: string) => {
    const response = await alice.post(`/api/v1/accounts/${acme}/invitations`, { email, role: 'member' });
    expect(response.statusCode, response.body).toBe(201);
    return lastMailTo(portal, email);
  };
  const fromOf = async (to: string) =>
    (
      await portal.ctx.db.query<{ from_address: string | null }>(
        'SELECT from_address FROM mail_messages WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
        [to],
      )
    ).rows[0]?.from_address;

  beforeAll(async () => {
    portal = await startPortal({ MAIL_FROM: 'Northwind <no-reply@northwind.example>' });
    admin = await portal.signedIn('admin@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  it('sends from MAIL_FROM until the segment has a sender, then from its sender (audited)', async () => {
    await invite('before-sender@acme.example');
    expect(await fromOf('before-sender@acme.example')).toBe('"Northwind" <no-reply@northwind.example>');
    const initial = await admin.get(`/api/v1/segments/${clients}/mail-sender`);
    expect(initial.json()).toMatchObject({ fromName: null, fromAddress: null, version: 1 });
    const saved = await admin.put(
      `/api/v1/segments/${clients}/mail-sender`,
      { fromName: 'Acme Client Care', fromAddress: 'Care@Clients.Northwind.example' },
      { 'if-match': '1' },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      fromAddress: 'care@clients.northwind.example',
      effectiveFrom: '"Acme Client Care" <care@clients.northwind.example>',
      version: 2,
    });
    await invite('after-sender@acme.example');
    expect(await fromOf('after-sender@acme.example')).toBe('"Acme Client Care" <care@clients.northwind.example>');
    // The console's outbox shows it.
    const outbox = (await admin.get('/api/v1/dev-mail?limit=50')).json().items as { id: string; to: string }[];
    const recorded = outbox.find((mail) => mail.to === 'after-sender@acme.example')!;
    expect((await admin.get(`/api/v1/dev-mail/${recorded.id}`)).json().from).toBe(
      '"Acme Client Care" <care@clients.northwind.example>',
    );
    // Another segment's people still get MAIL_FROM.
    const reset = await portal.client().post('/api/v1/auth/password-resets', { email: 'dana.diaz@customers.example' });
    expect(reset.statusCode).toBe(202);
    await lastMailTo(portal, 'dana.diaz@customers.example');
    expect(await fromOf('dana.diaz@customers.example')).toBe('"Northwind" <no-reply@northwind.example>');
    const { rows } = await portal.ctx.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'segment.mail_sender_updated' AND target_id = $1",
      [clients],
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses header tricks, a stale version, agents and clients; 404 for an unknown segment', async () => {
    const url = `/api/v1/segments/${clients}/mail-sender`;
    for (const body of [
      { fromName: 'Evil\r\nBcc: x@evil.example', fromAddress: null },
      { fromName: '"Quoted" <a@b.example>', fromAddress: null },
      { fromName: null, fromAddress: 'not an address' },
      { fromName: 42, fromAddress: null },
      { fromName: null, fromAddress: null, extra: true },
    ])
      expectProblem(await admin.put(url, body), 400, 'validation_failed');
    expectProblem(
      await admin.put(url, { fromName: 'Late', fromAddress: null }, { 'if-match': '1' }),
      409,
      'stale_version',
    );
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get(url)).json().abilities).toEqual({ update: false });
    expectProblem(await agent.put(url, { fromName: 'Agent', fromAddress: null }), 403, 'forbidden');
    expectProblem(await alice.get(url), 403, 'forbidden');
    expectProblem(await admin.get(`/api/v1/segments/${randomUUID()}/mail-sender`), 404, 'not_found');
    expectProblem(await admin.get(`/api/v1/segments/${randomUUID()}/mail-templates`), 404, 'not_found');
    expectProblem(await admin.get(template('invitation', 'en', randomUUID)), 404, 'not_found');
  });

  it('shows the DKIM, SPF and DMARC records of the sending domain', async () => {
    const response = await admin.get(`/api/v1/segments/${clients}/mail-sender/dns`);
    expect(response.statusCode, response.body).toBe(200);
    const dns = response.json();
    expect(dns.domain).toBe('clients.northwind.example');
    expect(dns.records.map((record: { kind: string }) => record.kind)).toEqual(['dkim', 'spf', 'dmarc']);
    expect(dns.records[0].name).toBe(`${dns.selector}._domainkey.clients.northwind.example`);
    expect(dns.records[0].value).toMatch(/^v=DKIM1; k=rsa; p=[A-Za-z0-9+/=]{300,}$/);
    // The private key is sealed at rest.
    const { rows } = await portal.ctx.db.query<{ private_key_sealed: string }>(
      "SELECT private_key_sealed FROM mail_dkim_keys WHERE domain = 'clients.northwind.example'",
    );
    expect(rows[0]!.private_key_sealed).not.toContain('PRIVATE KEY');
  });

  it('lists the templates; the default is the translation with its values as variables', async () => {
    const list = await admin.get(`/api/v1/segments/${clients}/mail-templates`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((item: { key: string }) => item.key)).toContain('invitation');
    const got = await admin.get(template());
    expect(got.statusCode, got.body).toBe(200);
    expect(got.json()).toMatchObject({ edited: false, version: 0, abilities: { update: true, reset: false } });
    expect(got.json().subject).toBe('You are invited to {{ target }} on {{ portal }}');
    expect(got.json().variables).toMatchObject({ inviter: expect.any(String), action_url: expect.any(String) });
    expectProblem(await admin.get(template('nosuchmail')), 404, 'not_found');
    expectProblem(await admin.get(template('invitation', 'xx')), 400, 'validation_failed');
  });

  it('refuses a broken template on save with the part, line and error', async () => {
    const base = { subject: 'Hi {{ inviter }}', html: '<p>{{ inviter }}</p>', text: '{{ inviter }}' };
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ html: '<p>ok</p>\n<p>{% if inviter %}</p>' }, 'html', /^Line 2, column \d+: tag .*not closed/],
      [{ text: 'Hello\n{{ nobody }}' }, 'text', /^Line 2, column \d+: undefined variable: nobody/],
      [{ subject: '{{ inviter | shout }}' }, 'subject', /undefined filter: shout/],
      [{ text: '{% include "/etc/passwd" %}' }, 'text', /Failed to lookup/],
      [{ text: '{% for i in (1..100000000) %}{{ i }}{% endfor %}' }, 'text', /limit exceeded/],
    ];
    for (const [change, path, message] of cases) {
      const problem = expectProblem(await admin.put(template(), { ...base, ...change }), 400, 'validation_failed');
      expect(problem.errors?.[0]).toMatchObject({ path, code: 'template_error' });
      expect(problem.errors?.[0]?.message).toMatch(message);
    }
    expectProblem(await admin.put(template(), { ...base, subject: '' }), 400, 'validation_failed');
    expectProblem(await admin.put(template(), { ...base, html: 7 }), 400, 'validation_failed');
    expect((await admin.put(template(), { ...base, html: 'x'.repeat(200_000) })).statusCode).toBe(413);
    expect((await admin.get(template())).json().edited).toBe(false);
  });

  it('previews, saves (audited), sends the edited template, and resets to the default', async () => {
    const parts = {
      subject: 'Welcome aboard, from {{ inviter }}',
      html: '<p style="color:#123456">{{ inviter }} saved you a seat at {{ target }}.</p><p><a href="{{ action_url }}">Join</a></p>',
      text: '{{ inviter }} saved you a seat at {{ target }}.\n\nJoin: {{ action_url }}',
    };
    const preview = await admin.post(`${template()}/preview`, parts);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().subject).toBe('Welcome aboard, from Alex Morgan');
    expect(preview.json().html).toContain('Alex Morgan saved you a seat at Acme Manufacturing.');
    expect(preview.json().html).toContain('role="presentation"');

    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.put(template(), parts), 403, 'forbidden');
    expectProblem(await agent.post(`${template()}/test-send`, parts), 403, 'forbidden');

    const saved = await admin.put(template(), parts);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ edited: true, version: 1, abilities: { reset: true } });
    expectProblem(await admin.put(template(), parts, { 'if-match': '5' }), 409, 'stale_version');

    // Alice's name is user input: escaped in the HTML part.
    await portal.ctx.db.query("UPDATE users SET name = 'Alice <b>Admin</b>' WHERE email = 'alice@acme.example'");
    alice = await portal.signedIn('alice@acme.example');
    const mail = await invite('edited-template@acme.example');
    expect(mail!.subject).toBe('Welcome aboard, from Alice <b>Admin</b>');
    expect(mail!.text_body).toMatch(
      /saved you a seat at Acme Manufacturing\.\n\nJoin: http:\/\/portico\.test\/invitation#token=/,
    );
    expect(mail!.html_body).toContain('Alice &lt;b&gt;Admin&lt;/b&gt; saved you a seat');
    // The recorded copy keeps the link redacted, as with the default template.
    const { rows } = await portal.ctx.db.query<{ text_body: string }>(
      "SELECT text_body FROM mail_messages WHERE to_address = 'edited-template@acme.example'",
    );
    expect(rows[0]!.text_body).toContain('[redacted]');
    // Another language of the same template is still the default.
    expect((await admin.get(template('invitation', 'de'))).json().edited).toBe(false);

    const reset = await admin.delete(template());
    expect(reset.statusCode).toBe(200);
    expect(reset.json().edited).toBe(false);
    const after = await invite('after-reset@acme.example');
    expect(after!.subject).toBe('You are invited to Acme Manufacturing on Northwind Advisory');
    const { rows: audits } = await portal.ctx.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE action LIKE 'segment.mail_template_%' ORDER BY occurred_at",
    );
    expect(audits.map((row) => row.action)).toEqual(['segment.mail_template_saved', 'segment.mail_template_reset']);
  });

  it('sends a test to the editor’s own address only', async () => {
    const parts = { subject: 'Test {{ target }}', html: '<p>{{ inviter }}</p>', text: '{{ inviter }}' };
    const sent = await admin.post(`${template()}/test-send`, { ...parts, to: 'someone@else.example' });
    expectProblem(sent, 400, 'validation_failed');
    const ok = await admin.post(`${template()}/test-send`, parts);
    expect(ok.statusCode, ok.body).toBe(202);
    expect(ok.json()).toEqual({ sentTo: 'admin@northwind.example' });
    const mail = await lastMailTo(portal, 'admin@northwind.example', { containing: 'Alex Morgan' });
    expect(mail!.subject).toBe('[Test] Test Acme Manufacturing');
    expect(await fromOf('admin@northwind.example')).toBe('"Acme Client Care" <care@clients.northwind.example>');
  });

  it('never fails a send because of a template: a template that breaks on real values falls back', async () => {
    // Saved directly: the API refuses it, but an older Portico or a hand edit could leave one behind.
    await portal.ctx.db.query(
      `INSERT INTO mail_templates (id, segment_id, template_key, locale, subject, html, text_body)
       VALUES ($1, $2, 'invitation', 'en', '{{ missing_value }}', '<p>x</p>', 'x')
       ON CONFLICT (segment_id, template_key, locale) DO UPDATE SET subject = excluded.subject`,
      [randomUUID(), clients],
    );
    const mail = await invite('fallback@acme.example');
    expect(mail!.subject).toBe('You are invited to Acme Manufacturing on Northwind Advisory');
    const { rows } = await portal.ctx.db.query<{ status: string }>(
      "SELECT status FROM mail_messages WHERE to_address = 'fallback@acme.example'",
    );
    expect(rows).toEqual([{ status: 'sent' }]);
  });
});
