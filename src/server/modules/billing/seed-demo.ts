import { Readable } from 'node:stream';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { renderPdfOf } from './documents-pdf.ts';
import { seedDemoRecurring } from './seed-demo-recurring.ts';
import { findDocument, insertDocument, markSent } from './repository-documents.ts';
import { insertPaymentTerm, insertTaxRate, takeNextNumber, upsertProfile } from './repository-setup.ts';
import { computeFromInput, todayOf } from './use-cases/load.ts';

/**
 * The demo's billing: VAT and payment terms, Acme's profile, a sent invoice (numbered, PDF kept), a sent quote
 * and a draft invoice. Written in the seed's transaction without email (nobody is mailed by a demo seed).
 */
export async function seedDemoBilling(ctx: AppContext, tx: Queryable, accountId: string, ownerId: string) {
  const vat = newId();
  await insertTaxRate(tx, { id: vat, name: 'VAT', rate: 200_000, inclusive: false, compound: false });
  const net30 = newId();
  await insertPaymentTerm(tx, { id: net30, name: 'Net 30', days: 30 });
  await insertPaymentTerm(tx, { id: newId(), name: 'Due on receipt', days: 0 });
  const now = ctx.clock.now();
  await upsertProfile(
    tx,
    accountId,
    {
      legalName: 'Acme Manufacturing Ltd',
      address: '1 Foundry Lane, Sheffield S1 2AB',
      taxId: 'GB123456789',
      contacts: [],
      currency: 'EUR',
      language: 'en',
      paymentTermsId: net30,
    },
    now,
    null,
  );
  const documents = [
    {
      kind: 'invoice',
      send: true,
      lines: [
        ['Annual accounts 2025', 1, 180_000],
        ['Advisory hours', 3.5, 12_000],
      ],
    },
    { kind: 'quote', send: true, lines: [['Payroll service, monthly', 12, 25_000]] },
    { kind: 'invoice', send: false, lines: [['Tax return preparation', 1, 65_000]] },
  ] as const;
  for (const document of documents) {
    const id = newId();
    const computed = await computeFromInput(tx, {
      notes: document.kind === 'invoice' ? 'Bank transfer to IBAN GB00 NWBK 6016 1331 9268 19.' : 'Valid for 30 days.',
      dueDate: null,
      paymentTermsId: net30,
      discount: null,
      lines: document.lines.map(([description, quantity, unitPrice]) => ({
        description,
        quantity,
        unitPrice,
        discount: null,
        taxRateIds: [vat],
      })),
    });
    const row = { id, accountId, kind: document.kind, currency: 'EUR', language: 'en', createdBy: ownerId, now };
    await insertDocument(tx, row, computed);
    if (!document.send) continue;
    const dueDate =
      document.kind === 'invoice' ? new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10) : null;
    await sendDemoDocument(ctx, tx, id, document.kind, { sentAt: now, dueDate });
  }
  await seedDemoRecurring(ctx, tx, accountId, ownerId, vat);
}

/**
 * What a send does to a demo draft, without its mail: the next number of the series (in the year of the seed, so
 * the demo's numbers never depend on how far back a document is dated), the PDF rendered and stored, sent on
 * `sentAt`'s day.
 */
export async function sendDemoDocument(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  kind: 'invoice' | 'quote',
  at: { sentAt: Date; dueDate: string | null },
) {
  const number = await takeNextNumber(tx, kind, ctx.clock.now());
  const issueDate = todayOf(at.sentAt);
  const draft = (await findDocument(tx, id, [true, []], issueDate, false))!;
  const sent = { ...draft, status: 'sent' as const, number, issue_date: issueDate, due_date: at.dueDate };
  const { pdf, sha256 } = await renderPdfOf(ctx, tx, sent, at.sentAt);
  const pdfKey = `billing/${id}-${newId()}`;
  await ctx.storage.write(pdfKey, Readable.from([pdf]));
  await markSent(tx, id, { number, issueDate, dueDate: at.dueDate, pdfKey, pdfSha256: sha256, now: at.sentAt });
}

/** A policyholder's billing profile (the insurance demo): premiums would be invoiced to it in euros. */
export async function seedDemoPolicyholderBilling(ctx: AppContext, tx: Queryable, accountId: string, name: string) {
  await upsertProfile(
    tx,
    accountId,
    {
      legalName: name,
      address: '8 Orchard Row, Bath BA1 2QH',
      taxId: '',
      contacts: [],
      currency: 'EUR',
      language: 'en',
      paymentTermsId: null,
    },
    ctx.clock.now(),
    null,
  );
}
