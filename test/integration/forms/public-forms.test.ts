import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { setClientModules, WITH_FORMS } from './support.ts';

const LEAD = {
  fields: [
    { key: 'need', label: 'What do you need?', type: 'long_text', required: true },
    { key: 'size', label: 'Employees', type: 'number', integer: true, min: 0 },
  ],
};

describe('public forms for leads', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let visitor: HttpClient;
  let clients: string;
  let ipCount = 0;
  /** Each test sends from its own IP, so only the rate-limit test meets the limit. */
  const freshIp = () => `203.0.113.${++ipCount}`;

  beforeAll(async () => {
    portal = await startPortal({ PUBLIC_FORMS_PER_HOUR_PER_IP: '4', FORMS_MIN_FILL_SECONDS: '5' });
    owner = await portal.signedIn('owner@northwind.example');
    clients = await setClientModules(portal, owner, WITH_FORMS);
    visitor = portal.client();
    const created = await owner.post('/api/v1/forms', {
      name: 'Get a quote',
      definition: LEAD,
      publicSlug: 'get-a-quote',
      leadSegmentId: clients,
    });
    expect(created.statusCode, created.body).toBe(201);
    expectProblem(await visitor.get('/api/v1/public-forms/get-a-quote'), 404);
    expect((await owner.post(`/api/v1/forms/${created.json().id}/publish`)).statusCode).toBe(200);
  });
  afterAll(() => portal.close());

  const open = async () => {
    const form = await visitor.get('/api/v1/public-forms/get-a-quote');
    expect(form.statusCode, form.body).toBe(200);
    return form.json() as { name: string; definition: unknown; fillToken: string };
  };
  const send = (body: Record<string, unknown>, ip = freshIp()) =>
    visitor.post('/api/v1/public-forms/get-a-quote/submissions', body, { 'x-test-ip': ip });
  const leadsOf = async (email: string) =>
    (
      await portal.ctx.db.query<{ account_id: string; name: string; role: string }>(
        `SELECT i.account_id, a.name, i.role FROM invitations i JOIN accounts a ON a.id = i.account_id
         WHERE i.email = $1`,
        [email],
      )
    ).rows;

  it('a visitor answers without signing in: a lead account with the answers, and an invitation', async () => {
    const form = await open();
    expect(form).toMatchObject({ name: 'Get a quote', definition: LEAD });
    portal.clock.advanceMinutes(1);
    const sent = await send({
      name: 'Lena Lead',
      email: 'Lena@Leads.example',
      company: 'Lead & Co <b>',
      answers: { need: '<script>alert(1)</script> bookkeeping', size: 12 },
      fillToken: form.fillToken,
      website: '',
    });
    expect(sent.statusCode, sent.body).toBe(202);
    const leads = await leadsOf('lena@leads.example');
    expect(leads).toEqual([expect.objectContaining({ name: 'Lead & Co <b>', role: 'account_admin' })]);
    const { rows } = await portal.ctx.db.query<{ answers: unknown; source: string; submitter_email: string }>(
      'SELECT answers, source, submitter_email FROM form_submissions WHERE account_id = $1',
      [leads[0]!.account_id],
    );
    expect(rows).toEqual([
      {
        answers: { need: '<script>alert(1)</script> bookkeeping', size: 12 },
        source: 'public',
        submitter_email: 'lena@leads.example',
      },
    ]);
  });

  it('a filled honeypot gets the same 202 and leaves nothing behind', async () => {
    const form = await open();
    portal.clock.advanceMinutes(1);
    const sent = await send({
      name: 'Bot',
      email: 'bot@spam.example',
      answers: { need: 'cheap pills' },
      fillToken: form.fillToken,
      website: 'http://spam.example',
    });
    expect(sent.statusCode).toBe(202);
    expect(await leadsOf('bot@spam.example')).toEqual([]);
  });

  it('answers sent faster than a person fills the form, or with a forged token, are refused', async () => {
    const form = await open();
    const quick = expectProblem(
      await send({ name: 'Quick', email: 'quick@spam.example', answers: { need: 'x' }, fillToken: form.fillToken }),
      400,
    );
    expect(quick.errors?.[0]).toMatchObject({ path: 'fillToken', code: 'too_fast' });
    const forged = expectProblem(
      await send({ name: 'F', email: 'forged@spam.example', answers: { need: 'x' }, fillToken: 'abc.def.ghi' }),
      400,
    );
    expect(forged.errors?.[0]).toMatchObject({ path: 'fillToken', code: 'invalid_fill_token' });
    portal.clock.advanceMinutes(25 * 60);
    expectProblem(
      await send({ name: 'Late', email: 'late@leads.example', answers: { need: 'x' }, fillToken: form.fillToken }),
      400,
    );
    expect(await leadsOf('quick@spam.example')).toEqual([]);
  });

  it('invalid answers are 400 with field paths; unknown forms 404', async () => {
    const form = await open();
    portal.clock.advanceMinutes(1);
    const refused = expectProblem(
      await send({
        name: 'V',
        email: 'v@leads.example',
        answers: { size: -1, extra: true },
        fillToken: form.fillToken,
      }),
      400,
    );
    expect(refused.errors?.map((error) => `${error.path}:${error.code}`).sort()).toEqual([
      'extra:unrecognized_keys',
      'need:required',
      'size:too_small',
    ]);
    expectProblem(await visitor.get('/api/v1/public-forms/no-such-form'), 404);
    expectProblem(await send({ name: 'V', email: 'v@leads.example', answers: {}, fillToken: 'x' }, freshIp()), 400);
  });

  it('one IP is rate-limited (429 with Retry-After), other IPs are not', async () => {
    const form = await open();
    portal.clock.advanceMinutes(1);
    const ip = freshIp();
    const body = (n: number) => ({
      name: `P${n}`,
      email: `p${n}@leads.example`,
      answers: { need: 'x' },
      fillToken: form.fillToken,
    });
    for (let n = 0; n < 4; n++) expect((await send(body(n), ip)).statusCode).toBe(202);
    const limited = expectProblem(await send(body(5), ip), 429);
    expect(limited.status).toBe(429);
    expect((await send(body(5), ip)).headers['retry-after']).toBeTruthy();
    expect((await send(body(6), freshIp())).statusCode).toBe(202);
  });

  it('a public form needs a lead segment with the forms module', async () => {
    // The clock moved a day on above: a fresh session.
    owner = await portal.signedIn('owner@northwind.example');
    const refused = expectProblem(
      await owner.post('/api/v1/forms', { name: 'No segment', publicSlug: 'no-segment', definition: LEAD }),
      400,
    );
    expect(refused.errors?.[0]?.path).toBe('leadSegmentId');
  });

  it('a public form cannot ask for files, in a group or a section either: refused with a reason, nothing saved', async () => {
    const withFile = {
      fields: [
        {
          key: 'docs',
          label: 'Documents',
          type: 'section',
          fields: [
            { key: 'kids', label: 'Children', type: 'group', fields: [{ key: 'id', label: 'ID', type: 'file' }] },
          ],
        },
      ],
    };
    const refused = expectProblem(
      await owner.post('/api/v1/forms', {
        name: 'Files please',
        publicSlug: 'files-please',
        leadSegmentId: clients,
        definition: withFile,
      }),
      400,
    );
    expect(refused.errors?.[0]).toMatchObject({ path: 'publicSlug', code: 'public_form_with_files' });
    const forms = (await owner.get('/api/v1/forms')).json() as { items: { name: string }[] };
    expect(forms.items.map((form) => form.name)).not.toContain('Files please');

    // A private form with files stays private: making it public is refused too.
    const privateForm = await owner.post('/api/v1/forms', { name: 'Files in private', definition: withFile });
    expect(privateForm.statusCode, privateForm.body).toBe(201);
    const { id, version } = privateForm.json() as { id: string; version: number };
    expectProblem(
      await owner.patch(
        `/api/v1/forms/${id}`,
        { publicSlug: 'files-in-private', leadSegmentId: clients },
        {
          'if-match': String(version),
        },
      ),
      400,
    );
  });
});
