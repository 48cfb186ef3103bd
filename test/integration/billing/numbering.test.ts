import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeNextNumberForTest } from '../../../src/server/modules/billing/index.ts';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { startWithoutBilling } from './helpers.ts';

/** Numbers are given at send, unique and gapless: concurrent sends, a rolled-back transaction, a failed send. */
describe('billing number series under concurrency', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    await owner.put(`/api/v1/accounts/${acme}/billing-profile`, { legalName: 'Acme', currency: 'JPY' });
  });
  afterAll(() => portal.close());

  const draft = async () => {
    const response = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'invoice',
      lines: [{ description: 'Work', quantity: 1, unitPrice: 1000 }],
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const numberOf = (n: number) => `INV-${year}-${String(n).padStart(4, '0')}`;

  it('drafts have no number; eight sends at once get 1..8, each once', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, draft));
    const sent = await Promise.all(ids.map((id) => owner.post(`/api/v1/billing-documents/${id}/send`)));
    expect(sent.map((response) => response.statusCode)).toEqual(Array(8).fill(200));
    expect(sent.map((response) => response.json().number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(numberOf));
    // Sending one again changes nothing.
    expect((await owner.post(`/api/v1/billing-documents/${ids[0]}/send`)).statusCode).toBe(409);
  });

  it('a rolled-back transaction gives its number back', async () => {
    await expect(
      portal.ctx.db.transaction(async (tx) => {
        expect(await takeNextNumberForTest(tx, 'invoice', new Date())).toBe(numberOf(9));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const id = await draft();
    expect((await owner.post(`/api/v1/billing-documents/${id}/send`)).json().number).toBe(numberOf(9));
  });

  it('a send that fails after taking its number (PDF storage down) leaves a draft and no gap', async () => {
    const id = await draft();
    const storage = portal.ctx.storage;
    const write = storage.write.bind(storage);
    let calls = 0;
    storage.write = async (key, body) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      return write(key, body);
    };
    try {
      const failed = await owner.post(`/api/v1/billing-documents/${id}/send`);
      expect(failed.statusCode).toBeGreaterThanOrEqual(500);
      expect((await owner.get(`/api/v1/billing-documents/${id}`)).json()).toMatchObject({
        status: 'draft',
        number: null,
      });
      expect((await owner.post(`/api/v1/billing-documents/${id}/send`)).json().number).toBe(numberOf(10));
    } finally {
      storage.write = write;
    }
    const numbers = (
      await portal.ctx.db.query<{ number: string }>(
        "SELECT number FROM billing_documents WHERE number IS NOT NULL AND kind = 'invoice' ORDER BY number",
      )
    ).rows.map((row) => row.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(numberOf));
  });
});
