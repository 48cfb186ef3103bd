import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { RETRY_DELAYS_MS } from '../../../src/server/modules/webhooks/signing.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import {
  deliverDue,
  fileTicket,
  startWebhookTest,
  stopWebhookTest,
  subscribe,
  type Receiver,
} from '../webhooks/helpers.ts';

/**
 * Firm-level (portal-wide) templates: staff mail (which reaches no segment) uses them, and every segment without its
 * own version inherits them; a segment's version goes on top.
 */
describe('firm-level mail templates', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let receiver: Receiver;
  let admin: HttpClient;
  let alice: HttpClient;
  let clients: string;
  let acme: string;
  const firm = (key = 'invitation', locale = 'en') => `/api/v1/mail-templates/${key}/${locale}`;
  const segment = (key = 'invitation', locale = 'en') => `/api/v1/segments/${clients}/mail-templates/${key}/${locale}`;
  const invite = async (email: string) => {
    const response = await alice.post(`/api/v1/accounts/${acme}/invitations`, { email, role: 'member' });
    expect(response.statusCode, response.body).toBe(201);
    return lastMailTo(portal, email);
  };
  const audits = async () =>
    (
      await portal.ctx.db.query<{ action: string; target_type: string }>(
        "SELECT action, target_type FROM audit_events WHERE action LIKE '%.mail_template_%' ORDER BY occurred_at, id",
      )
    ).rows;

  beforeAll(async () => {
    ({ receiver, portal, owner, dana } = await startWebhookTest());
    admin = await portal.signedIn('admin@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => stopWebhookTest(portal, receiver));

  it('lists the same emails as a segment; each starts from the built-in default', async () => {
    const list = await admin.get('/api/v1/mail-templates');
    expect(list.statusCode, list.body).toBe(200);
    const keys = list.json().items.map((item: { key: string }) => item.key);
    expect(keys).toEqual(
      (await admin.get(`/api/v1/segments/${clients}/mail-templates`)).json().items.map((i: { key: string }) => i.key),
    );
    expect(keys).toContain('webhookDisabled');
    const got = (await admin.get(firm('webhookDisabled'))).json();
    expect(got).toMatchObject({ edited: false, inheritsFrom: 'default', version: 0, abilities: { reset: false } });
    expect(got.html).toBe(got.defaults.html);
  });

  it('refuses a broken template with its line, and agents and clients; previews in the firm’s frame', async () => {
    const broken = { subject: 'Off', html: '<p>ok</p>\n<p>{% if url %}</p>', text: '{{ url }}' };
    const problem = expectProblem(await admin.put(firm('webhookDisabled'), broken), 400, 'validation_failed');
    expect(problem.errors?.[0]).toMatchObject({ path: 'html', code: 'template_error' });
    expect(problem.errors?.[0]?.message).toMatch(/^Line 2, column \d+: tag .*not closed/);
    const parts = { subject: 'Firm: {{ url }}', html: '<p>{{ url }}</p>', text: '{{ url }}' };
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.put(firm('webhookDisabled'), parts), 403, 'forbidden');
    expectProblem(await alice.get('/api/v1/mail-templates'), 403);
    expectProblem(await alice.put(firm('webhookDisabled'), parts), 403);
    const preview = await admin.post(`${firm('webhookDisabled')}/preview`, parts);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().subject).toBe('Firm: https://erp.example/hooks/portico');
    expect(preview.json().html).toContain('Northwind Advisory');
    expect((await admin.get(firm('webhookDisabled'))).json().edited).toBe(false);
    expect(await audits()).toEqual([]);
  });

  it('staff mail uses the firm-level template: the webhook-disabled notice', async () => {
    const parts = {
      subject: 'Heads up: {{ url }} is off',
      html: '<p>We stopped sending to {{ url }}.</p><p><a href="{{ action_url }}">Look</a></p>',
      text: 'We stopped sending to {{ url }}.\n\n{{ action_url }}',
    };
    const saved = await admin.put(firm('webhookDisabled'), parts);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ edited: true, version: 1, inheritsFrom: 'default' });
    expectProblem(await admin.put(firm('webhookDisabled'), parts, { 'if-match': '7' }), 409, 'stale_version');

    const subscription = await subscribe(owner, receiver.url('/fail'));
    await fileTicket(dana);
    await deliverDue(portal);
    for (const delay of RETRY_DELAYS_MS) {
      portal.clock.advanceMinutes(delay / 60_000 + 0.1);
      await deliverDue(portal);
    }
    const mail = await lastMailTo(portal, 'owner@northwind.example', { containing: receiver.url('/fail') });
    expect(mail?.subject).toBe(`Heads up: ${receiver.url('/fail')} is off`);
    expect(mail?.text_body).toContain(`/console/webhooks/${subscription.id}`);
    expect(mail?.html_body).toContain('We stopped sending to');
    expect(await audits()).toEqual([{ action: 'settings.mail_template_saved', target_type: 'portal_settings' }]);
    // Three days went by for the retries: sessions expired.
    admin = await portal.signedIn('admin@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
  });

  it('a segment without its own version inherits the firm’s; its own goes on top; resets step down', async () => {
    const firmParts = {
      subject: 'Firm-wide: join {{ target }}',
      html: '<p>{{ inviter }} asks you to join.</p><p><a href="{{ action_url }}">Join</a></p>',
      text: '{{ inviter }} asks you to join.\n\n{{ action_url }}',
    };
    expect((await admin.put(firm(), firmParts)).statusCode).toBe(200);
    const inherited = (await admin.get(segment())).json();
    expect(inherited).toMatchObject({ edited: false, inheritsFrom: 'firm', subject: firmParts.subject });
    expect(inherited.defaults).toEqual(firmParts);
    // Another language the firm did not edit: still the built-in translation.
    expect((await admin.get(segment('invitation', 'de'))).json().inheritsFrom).toBe('default');
    expect((await invite('firm-wide@acme.example'))!.subject).toBe('Firm-wide: join Acme Manufacturing');

    const own = { ...firmParts, subject: 'Clients only: join {{ target }}' };
    const saved = await admin.put(segment(), own);
    expect(saved.json()).toMatchObject({ edited: true, inheritsFrom: 'firm', abilities: { reset: true } });
    expect((await invite('segment-own@acme.example'))!.subject).toBe('Clients only: join Acme Manufacturing');

    // The segment's reset goes back to the firm's version; the firm's reset to the built-in default.
    const segmentReset = (await admin.delete(segment())).json();
    expect(segmentReset).toMatchObject({ edited: false, inheritsFrom: 'firm', subject: firmParts.subject });
    expect((await invite('after-segment-reset@acme.example'))!.subject).toBe('Firm-wide: join Acme Manufacturing');
    const firmReset = (await admin.delete(firm())).json();
    expect(firmReset).toMatchObject({ edited: false, inheritsFrom: 'default' });
    expect((await invite('after-firm-reset@acme.example'))!.subject).toBe(
      'You are invited to Acme Manufacturing on Northwind Advisory',
    );
    expect((await audits()).map((row) => row.action)).toEqual([
      'settings.mail_template_saved',
      'settings.mail_template_saved',
      'segment.mail_template_saved',
      'segment.mail_template_reset',
      'settings.mail_template_reset',
    ]);
  });

  it('sends a test of a firm-level template to the editor’s own address, from MAIL_FROM', async () => {
    const parts = { subject: 'Try {{ url }}', html: '<p>{{ portal }}</p>', text: 'Firm test {{ portal }}' };
    const sent = await admin.post(`${firm('webhookDisabled')}/test-send`, parts);
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json()).toEqual({ sentTo: 'admin@northwind.example' });
    const mail = await lastMailTo(portal, 'admin@northwind.example', { containing: 'Firm test' });
    expect(mail!.subject).toBe('[Test] Try https://erp.example/hooks/portico');
    expect((await audits()).at(-1)).toEqual({
      action: 'settings.mail_template_test_sent',
      target_type: 'portal_settings',
    });
  });
});
