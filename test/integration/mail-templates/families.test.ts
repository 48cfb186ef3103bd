import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { enableOrders, upsertOrder } from '../orders/support.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

const MARKER = '-- Reply above this line to answer in the portal --';

/**
 * Issue 14: every email comes from the catalogue, so a segment's edited template is what its people get, family by
 * family (support, billing, commerce, identity), read back from the console's outbox; the reply marker survives any
 * edit; a template that breaks on real values falls back to the default; and a person with no language of their own
 * gets their segment's.
 */
describe('edited templates in every family of email', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let dana: HttpClient;
  let customers: string;
  let clients: string;
  const url = (segment: string, key: string, locale = 'en') =>
    `/api/v1/segments/${segment}/mail-templates/${key}/${locale}`;
  /** The newest mail to an address, as the console's outbox shows it (secrets redacted). */
  const outboxMail = async (to: string | null, containing: string) => {
    await portal.ctx.background.idle();
    const items = (await admin.get('/api/v1/dev-mail?limit=200')).json().items as {
      id: string;
      to: string;
      subject: string;
    }[];
    const found = items.find((mail) => (to === null || mail.to === to) && mail.subject.includes(containing));
    expect(found, `no mail to ${to} about "${containing}"`).toBeDefined();
    return (await admin.get(`/api/v1/dev-mail/${found!.id}`)).json() as { subject: string; text: string; html: string };
  };
  const save = async (segment: string, key: string, parts: Record<string, string>, locale = 'en') => {
    const saved = await admin.put(url(segment, key, locale), parts);
    expect(saved.statusCode, saved.body).toBe(200);
  };

  beforeAll(async () => {
    portal = await startPortal({ INBOUND_EMAIL_DOMAIN: 'reply.portico.test' });
    await enableOrders(portal, 'Customers');
    admin = await portal.signedIn('admin@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  });
  afterAll(() => portal.close());

  it('lists every family, each entry with sample values for its preview', async () => {
    const keys = (await admin.get(`/api/v1/segments/${customers}/mail-templates`))
      .json()
      .items.map((item: { key: string }) => item.key);
    for (const key of ['ticketReply', 'csat', 'invoiceSent', 'paymentFailed', 'taskReminder', 'orderStatus'])
      expect(keys).toContain(key);
    const reply = (await admin.get(url(customers, 'ticketReply'))).json();
    expect(reply.replyMarker).toBe(true);
    expect(reply.variables.messages[0]).toMatchObject({ author: expect.any(String), body: expect.any(String) });
    expect(reply.text).not.toContain(MARKER);
    const parts = { subject: reply.subject, html: reply.html, text: reply.text };
    const preview = await admin.post(`${url(customers, 'ticketReply')}/preview`, parts);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().text.startsWith(MARKER)).toBe(true);
  });

  it('support: an agent’s reply uses the edited template, the reply marker stays on top', async () => {
    await save(customers, 'ticketReply', {
      subject: 'Answer on #{{ number }}: {{ subject }}',
      html: '{% for item in messages %}<p>{{ item.author }} says: {{ item.body }}</p>{% endfor %}',
      text: '{% for item in messages %}{{ item.author }} says: {{ item.body }}\n{% endfor %}Open: {{ action_url }}',
    });
    const created = await dana.post('/api/v1/tickets', { subject: 'Broken lamp', body: 'It flickers.' });
    expect(created.statusCode, created.body).toBe(201);
    const ticketId = created.json().id as string;
    const owner = await portal.signedIn('owner@northwind.example');
    const replied = await owner.post(`/api/v1/tickets/${ticketId}/messages`, { body: 'A new bulb is on its way.' });
    expect(replied.statusCode, replied.body).toBe(201);
    const mail = await outboxMail('dana.diaz@customers.example', 'Answer on #');
    expect(mail.subject).toMatch(/^Answer on #\d+: Broken lamp$/);
    expect(mail.text.startsWith(`${MARKER}\n\n`)).toBe(true);
    expect(mail.text).toContain('says: A new bulb is on its way.');
    expect(mail.html).toContain('says: A new bulb is on its way.');
  });

  it('support: a survey template that drops an answer link is refused on save', async () => {
    const { subject, html, text } = (await admin.get(url(customers, 'csat'))).json();
    const csat = { subject, html, text };
    const withoutBad = { subject: csat.subject, html: csat.html.replace(/\{\{ bad_url \}\}/g, '#'), text: csat.text };
    const problem = expectProblem(await admin.put(url(customers, 'csat'), withoutBad), 400, 'validation_failed');
    expect(problem.errors?.[0]).toMatchObject({ path: 'html', code: 'template_error' });
    expect(problem.errors?.[0]?.message).toContain('{{ bad_url }}');
    expect((await admin.put(url(customers, 'csat'), csat)).statusCode).toBe(200);
  });

  it('commerce: a broken order template falls back to the default; a fixed one is used', async () => {
    const danaAccount = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    // Saved directly (the API refuses it): it breaks only on real values.
    await portal.ctx.db.query(
      `INSERT INTO mail_templates (id, segment_id, template_key, locale, subject, html, text_body)
       VALUES ($1, $2, 'orderStatus', 'en', '{{ missing_value }}', '<p>x</p>', 'x')`,
      [randomUUID(), customers],
    );
    const owner = await portal.signedIn('owner@northwind.example');
    // A new order mails nothing; its first change of status does.
    await upsertOrder(owner, danaAccount, 'fam-1', { number: 'SO-FAM', status: 'placed' });
    await upsertOrder(owner, danaAccount, 'fam-1', {
      number: 'SO-FAM',
      status: 'paid',
      updatedAt: '2026-11-20T11:00:00Z',
    });
    const fallback = await outboxMail('dana.diaz@customers.example', 'SO-FAM');
    expect(fallback.subject).toBe('Order SO-FAM: paid');
    await save(customers, 'orderStatus', {
      subject: '{{ number }} is {{ status }}',
      html: '<p>{{ account }}: {{ number }}</p>',
      text: '{{ account }}: {{ number }}',
    });
    await upsertOrder(owner, danaAccount, 'fam-1', {
      number: 'SO-FAM',
      status: 'shipped',
      updatedAt: '2026-11-21T10:00:00Z',
    });
    expect((await outboxMail('dana.diaz@customers.example', 'SO-FAM is')).subject).toBe('SO-FAM is shipped');
  });

  it('billing: a sent invoice uses the segment’s edited template', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    await save(clients, 'invoiceSent', {
      subject: 'Bill {{ number }} ({{ total }})',
      html: '<p>Due {{ due }}</p>',
      text: 'Due {{ due }}',
    });
    const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'invoice',
      lines: [{ description: 'Advice', quantity: 1, unitPrice: 1000 }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect((await owner.post(`/api/v1/billing-documents/${draft.json().id}/send`)).statusCode).toBe(200);
    // To the account's billing contacts (or its admins): whoever they are, the mail is the edited one.
    const mail = await outboxMail(null, 'Bill ');
    expect(mail.subject).toMatch(/^Bill INV-\d{4}-\d{4} \(.+\)$/);
    expect(mail.text).toMatch(/^Due /);
  });

  it('work: a file request uses the edited template, with its optional note as a value', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    await save(clients, 'fileRequestRequested', {
      subject: 'Files wanted: {{ title }}',
      html: '<p>{{ requester }} for {{ account }}{% if note != "" %}: {{ note }}{% endif %}</p>',
      text: '{{ requester }} for {{ account }}{% if note != "" %}: {{ note }}{% endif %}',
    });
    const created = await owner.post(`/api/v1/accounts/${acme}/file-requests`, {
      title: 'Payroll <2026>',
      note: 'All months',
    });
    expect(created.statusCode, created.body).toBe(201);
    const mail = await outboxMail('alice@acme.example', 'Files wanted');
    expect(mail.subject).toBe('Files wanted: Payroll <2026>');
    expect(mail.text).toMatch(/ for Acme Manufacturing: All months/);
    expect(mail.html).not.toContain('<2026>');
  });

  it('language: a German segment, a person with no choice of their own: German mail (identity and support)', async () => {
    expect((await admin.patch(`/api/v1/segments/${customers}`, { defaultLanguage: 'de' })).statusCode).toBe(200);
    await portal.ctx.db.query("UPDATE users SET locale = NULL WHERE email = 'dana.diaz@customers.example'");
    const reset = await portal.client().post('/api/v1/auth/password-resets', { email: 'dana.diaz@customers.example' });
    expect(reset.statusCode).toBe(202);
    const mail = await lastMailTo(portal, 'dana.diaz@customers.example', { containing: 'reset-password' });
    expect(mail!.subject).toBe(`Ihr Passwort für Northwind Advisory zurücksetzen`);
    // A mail built by a background job follows the same order: the daily digest's language is German too.
    const created = await dana.post('/api/v1/tickets', { subject: 'Deutsch bitte', body: 'Hallo' });
    expect(created.statusCode).toBe(201);
    const received = await lastMailTo(portal, 'dana.diaz@customers.example', { containing: 'Deutsch bitte' });
    expect(received!.subject).toMatch(/^Wir haben Ihre Anfrage erhalten \[#\d+\]$/);
    // Her own choice wins over the segment's.
    await portal.ctx.db.query("UPDATE users SET locale = 'fr' WHERE email = 'dana.diaz@customers.example'");
    await portal.client().post('/api/v1/auth/password-resets', { email: 'dana.diaz@customers.example' });
    await portal.ctx.background.idle();
    const french = await lastMailTo(portal, 'dana.diaz@customers.example', { containing: 'reset-password' });
    expect(french!.subject).toContain('Northwind Advisory');
    expect(french!.subject).not.toBe(mail!.subject);
  });

  it('language: with no choice and no segment default, the portal’s default; a segment’s default still wins', async () => {
    expect((await admin.patch('/api/v1/portal-settings', { defaultLanguage: 'es' })).statusCode).toBe(200);
    const people = ['alice@acme.example', 'agent@northwind.example', 'dana.diaz@customers.example'];
    const saved = await portal.ctx.db.query<{ email: string; locale: string | null }>(
      'SELECT email, locale FROM users WHERE email = ANY($1)',
      [people],
    );
    await portal.ctx.db.query('UPDATE users SET locale = NULL WHERE email = ANY($1)', [people]);
    try {
      const resetSubject = async (email: string) => {
        const asked = await portal.client().post('/api/v1/auth/password-resets', { email });
        expect(asked.statusCode).toBe(202);
        return (await lastMailTo(portal, email, { containing: 'reset-password' }))!.subject;
      };
      // Alice's segment (Clients) names no language, and staff never follow a segment's: the portal's Spanish.
      expect(await resetSubject('alice@acme.example')).toBe('Restablezca su contraseña de Northwind Advisory');
      expect(await resetSubject('agent@northwind.example')).toBe('Restablezca su contraseña de Northwind Advisory');
      // Dana's segment (Customers) says German, which comes before the portal's default.
      expect(await resetSubject('dana.diaz@customers.example')).toBe(
        'Ihr Passwort für Northwind Advisory zurücksetzen',
      );
    } finally {
      for (const row of saved.rows)
        await portal.ctx.db.query('UPDATE users SET locale = $2 WHERE email = $1', [row.email, row.locale]);
      await admin.patch('/api/v1/portal-settings', { defaultLanguage: 'en' });
    }
  });

  it('identity: a scheduled deletion’s notice uses the edited template of the person’s language', async () => {
    // Dana chose French above; staff start the deletion (the notice goes to her either way).
    await save(
      customers,
      'deletionScheduled',
      { subject: 'Suppression le {{ date }}', html: '<p>{{ portal }}</p>', text: 'Annuler : {{ action_url }}' },
      'fr',
    );
    const owner = await portal.signedIn('owner@northwind.example');
    const danaId = await userIdOf(portal.ctx.db, 'dana.diaz@customers.example');
    const started = await owner.post(`/api/v1/users/${danaId}/deletion-request`);
    expect(started.statusCode, started.body).toBe(201);
    const mail = await lastMailTo(portal, 'dana.diaz@customers.example', { containing: 'Annuler : ' });
    expect(mail!.subject).toMatch(/^Suppression le \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(mail!.text_body).toMatch(/^Annuler : http\S+\/profile#delete-account/);
  });
});
