import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { deliveredOrder, enableReturns, PDF, PNG, returnMails, uploadPhoto } from './support.ts';

const DANA = 'dana.diaz@customers.example';

describe('returns: eligibility, opening a return, the staff’s steps, the label and the refund', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let danaId: string;
  let segmentId: string;

  beforeAll(async () => {
    portal = await startPortal();
    await enableReturns(portal, 'Customers');
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn(DANA);
    danaId = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    segmentId = await idOf(portal.ctx.db, 'segments', 'Customers');
    const policy = await owner.put(`/api/v1/segments/${segmentId}/return-policy`, {
      windowDays: 14,
      nonReturnable: ['gift-*'],
      reasons: ['Damaged', 'Wrong size'],
      resolutions: ['refund', 'store_credit'],
      photosRequired: true,
    });
    expect(policy.statusCode).toBe(200);
  });
  afterAll(() => portal.close());

  it('eligibility explains each line at once: excluded SKUs, and the window', async () => {
    const order = await deliveredOrder(portal, owner, danaId, 'e1');
    const answer = (await dana.get(`/api/v1/orders/${order.id}/return-eligibility`)).json();
    expect(answer.abilities.create).toBe(true);
    expect(
      answer.lines.map((l: { available: number; blockedBy: string | null }) => [l.available, l.blockedBy]),
    ).toEqual([
      [3, null],
      [1, null],
      [0, 'non_returnable'],
    ]);
    const old = await deliveredOrder(portal, owner, danaId, 'e-old', 30);
    const late = (await dana.get(`/api/v1/orders/${old.id}/return-eligibility`)).json();
    expect(late.abilities.create).toBe(false);
    expect(late.lines[0].blockedBy).toBe('window_closed');
    const photo = await uploadPhoto(dana, danaId);
    const refused = await dana.post(`/api/v1/orders/${old.id}/returns`, {
      lines: [{ index: 0, quantity: 1 }],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [photo],
    });
    expect(expectProblem(refused, 400).errors).toEqual([
      expect.objectContaining({ path: 'lines.0.quantity', code: 'window_closed' }),
    ]);
  });

  it('refuses more than delivered, reasons and resolutions not offered, and a missing photo, with field errors', async () => {
    const order = await deliveredOrder(portal, owner, danaId, 'e2');
    const bad = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [
        { index: 0, quantity: 4 },
        { index: 2, quantity: 1 },
        { index: 7, quantity: 1 },
      ],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [],
    });
    expect(expectProblem(bad, 400).errors!.map((e: { path: string }) => e.path)).toEqual(['photoIds']);
    const photo = await uploadPhoto(dana, danaId);
    const over = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [
        { index: 0, quantity: 4 },
        { index: 2, quantity: 1 },
        { index: 7, quantity: 1 },
      ],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [photo],
    });
    expect(expectProblem(over, 400).errors!.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
      'lines.0.quantity:too_many',
      'lines.1.quantity:non_returnable',
      'lines.2.index:unknown_line',
    ]);
    const choice = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [{ index: 0, quantity: 1 }],
      reason: 'Bored',
      resolution: 'exchange',
      photoIds: [photo],
    });
    expect(expectProblem(choice, 400).errors!.map((e: { path: string }) => e.path)).toEqual(['reason', 'resolution']);
    // Wrong types and an HTML body: refused by the schema.
    expectProblem(await dana.post(`/api/v1/orders/${order.id}/returns`, { lines: 'all', reason: '<b>' }), 400);
    const html = await dana.post(`/api/v1/accounts/${danaId}/return-photos`, Buffer.from('<svg onload=alert(1)>'), {
      'content-type': 'image/png',
    });
    expectProblem(html, 415);
    // Nothing was written by the refused requests: the photo is still free.
    const ok = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [{ index: 0, quantity: 3 }],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [photo],
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().number).toBe('SO-e2-R1');
  });

  it('two returns racing for the same mugs never take more than delivered', async () => {
    const order = await deliveredOrder(portal, owner, danaId, 'race');
    const photos = await Promise.all([1, 2, 3, 4].map(() => uploadPhoto(dana, danaId)));
    const answers = await Promise.all(
      photos.map((photo) =>
        dana.post(`/api/v1/orders/${order.id}/returns`, {
          lines: [{ index: 0, quantity: 2 }],
          reason: 'Wrong size',
          resolution: 'refund',
          photoIds: [photo],
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 400, 400, 400]);
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      `SELECT sum(l.quantity)::int AS n FROM return_lines l JOIN returns r ON r.id = l.return_id WHERE r.order_id = $1`,
      [order.id],
    );
    expect(rows[0]!.n).toBe(2);
  });

  it('the customer cannot approve; staff approve in part, the store’s token adds the label, then refund it', async () => {
    const order = await deliveredOrder(portal, owner, danaId, 'flow');
    const photo = await uploadPhoto(dana, danaId);
    const opened = (
      await dana.post(`/api/v1/orders/${order.id}/returns`, {
        lines: [
          { index: 0, quantity: 2 },
          { index: 1, quantity: 1 },
        ],
        reason: 'Damaged',
        resolution: 'refund',
        note: 'Two mugs arrived cracked.',
        photoIds: [photo],
      })
    ).json();
    expect(opened.status).toBe('requested');
    expect(opened.abilities).toEqual({ decide: false, uploadLabel: false, progress: false });
    const photoFile = await dana.get(`/api/v1/returns/${opened.id}/photos/${photo}/download`);
    expect(photoFile.headers['content-security-policy']).toContain('sandbox');
    expect(photoFile.rawPayload.equals(PNG)).toBe(true);

    const approve = { decision: 'approve', lines: [{ index: 1, quantity: 0 }], instructions: 'Pack them well.' };
    expectProblem(await dana.post(`/api/v1/returns/${opened.id}/decision`, approve), 403);
    expectProblem(await dana.post(`/api/v1/returns/${opened.id}/progress`, { status: 'received' }), 403);
    expectProblem(await owner.post(`/api/v1/returns/${opened.id}/progress`, { status: 'received' }), 409);
    const approved = (await owner.post(`/api/v1/returns/${opened.id}/decision`, approve)).json();
    expect(approved.status).toBe('approved');
    expect(approved.lines.map((l: { quantity: number }) => l.quantity)).toEqual([2, 0]);
    expectProblem(await owner.post(`/api/v1/returns/${opened.id}/decision`, approve), 409, 'invalid_transition');
    // The tea freed by the partial approval can be returned again.
    const tea = (await dana.get(`/api/v1/orders/${order.id}/return-eligibility`)).json().lines[1];
    expect(tea.available).toBe(1);

    const token = (
      await owner.post('/api/v1/me/api-tokens', { name: 'Store labels', scopes: ['returns:write'] })
    ).json().token as string;
    const label = await portal.app.inject({
      method: 'PUT',
      url: `/api/v1/returns/${opened.id}/label`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(label.statusCode, label.body).toBe(200);
    expectProblem(
      await dana.put(`/api/v1/returns/${opened.id}/label`, PDF, { 'content-type': 'application/pdf' }),
      403,
    );
    const download = await dana.get(`/api/v1/returns/${opened.id}/label/download`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-security-policy']).toContain('sandbox');

    await owner.post(`/api/v1/returns/${opened.id}/progress`, { status: 'received' });
    await owner.post(`/api/v1/returns/${opened.id}/progress`, { status: 'inspected' });
    // Two mugs: 2 × 12.50 + their share of the tax (2/3 of 7.11) = 29.74 at most.
    const tooMuch = await owner.post(`/api/v1/returns/${opened.id}/progress`, { status: 'refunded', amount: 2975 });
    expect(expectProblem(tooMuch, 400).errors![0]!.path).toBe('amount');
    const refunded = (
      await owner.post(`/api/v1/returns/${opened.id}/progress`, { status: 'refunded', amount: 2974 })
    ).json();
    expect(refunded.refund.amount).toEqual({ amount: 2974, currency: 'EUR' });
    expect(refunded.events.map((e: { status: string }) => e.status)).toEqual([
      'requested',
      'approved',
      'received',
      'inspected',
      'refunded',
    ]);
    const seen = (await dana.get(`/api/v1/returns/${opened.id}`)).json();
    expect(seen.label).toEqual({ contentType: 'application/pdf', size: PDF.length });
    expect(seen.refund.amount.amount).toBe(2974);

    const { rows } = await portal.ctx.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE target_id = $1 AND target_type = 'return' ORDER BY occurred_at, id",
      [opened.id],
    );
    expect(rows.map((row) => row.action)).toEqual([
      'return.requested',
      'return.approved',
      'return.label_added',
      'return.received',
      'return.inspected',
      'return.refunded',
    ]);
    const mails = await returnMails(portal, DANA);
    expect(mails.filter((subject) => subject.startsWith(`Return ${opened.number}`))).toHaveLength(5);
    const listed = (await dana.get(`/api/v1/returns?orderId=${order.id}`)).json();
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual([opened.id]);
  });

  it('a rejected return frees its items and tells the customer why; a photo is claimed once', async () => {
    const order = await deliveredOrder(portal, owner, danaId, 'rej');
    const photo = await uploadPhoto(dana, danaId);
    const opened = (
      await dana.post(`/api/v1/orders/${order.id}/returns`, {
        lines: [{ index: 1, quantity: 1 }],
        reason: 'Wrong size',
        resolution: 'store_credit',
        photoIds: [photo],
      })
    ).json();
    const rejected = (
      await owner.post(`/api/v1/returns/${opened.id}/decision`, { decision: 'reject', reason: 'Opened food.' })
    ).json();
    expect(rejected.rejectionReason).toBe('Opened food.');
    expect((await dana.get(`/api/v1/orders/${order.id}/return-eligibility`)).json().lines[1].available).toBe(1);

    // Someone else's photo id cannot be claimed, even on their own order.
    const other = await dana.post(`/api/v1/orders/${order.id}/returns`, {
      lines: [{ index: 0, quantity: 1 }],
      reason: 'Damaged',
      resolution: 'refund',
      photoIds: [photo],
    });
    expect(expectProblem(other, 400).errors![0]!.code).toBe('unknown_photo');
  });

  it('module off: a segment without returns gets 403 module_disabled', async () => {
    await portal.ctx.db.query(
      "UPDATE segments SET modules = array_remove(modules, 'returns') WHERE name = 'Customers'",
    );
    const later = await portal.signedIn(DANA);
    const order = (await later.get('/api/v1/orders?limit=1')).json().items[0];
    expectProblem(await later.get(`/api/v1/orders/${order.id}/return-eligibility`), 403, 'module_disabled');
    expectProblem(await later.get('/api/v1/returns'), 403, 'module_disabled');
    expectProblem(
      await owner.post(`/api/v1/orders/${order.id}/returns`, {
        lines: [{ index: 0, quantity: 1 }],
        reason: 'x',
        resolution: 'refund',
      }),
      403,
      'module_disabled',
    );
  });
});
