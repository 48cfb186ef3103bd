import type { z } from 'zod';
import { formatMinor, type BillingExportKind, type BillingExportQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { csvRow } from '../../../platform/http/csv.ts';
import { fieldError, forbidden } from '../../../platform/http/errors.ts';
import { recordExport } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import {
  exportDocuments,
  exportPayments,
  type ExportInvoiceRow,
  type ExportPaymentRow,
} from '../repository-reports.ts';

type Kind = z.infer<typeof BillingExportKind>;
type Range = z.infer<typeof BillingExportQuery>;

/*
 * Columns after what QuickBooks Online and Xero import (invoice/credit number, contact, dates, currency, amounts
 * as decimals in major units). Every cell goes through csvCell: quoted, and a cell starting with = + - @ (a name
 * like "=HYPERLINK(...)") gets a leading apostrophe so a spreadsheet shows it as text.
 */
const DOCUMENT_HEADER = [
  'Number',
  'Type',
  'Status',
  'Contact',
  'Legal name',
  'Tax ID',
  'Issue date',
  'Due date',
  'Currency',
  'Net',
  'Tax',
  'Total',
  'Paid',
  'Credited',
  'Balance',
  'Related number',
];
const PAYMENT_HEADER = ['Date', 'Invoice number', 'Contact', 'Method', 'Reference', 'Currency', 'Amount'];

const decimal = (amount: number, currency: string) => formatMinor(Number(amount), currency);

export function documentCsvLine(row: ExportInvoiceRow) {
  const c = row.currency;
  const open = row.kind === 'invoice' && row.status === 'sent';
  return csvRow([
    row.number,
    row.kind === 'credit_note' ? 'Credit note' : 'Invoice',
    row.status,
    row.account_name,
    row.legal_name ?? row.account_name,
    row.tax_id ?? '',
    row.issue_date,
    row.due_date ?? '',
    c,
    decimal(row.net, c),
    decimal(row.tax_total, c),
    decimal(row.total, c),
    decimal(row.amount_paid, c),
    decimal(row.amount_credited, c),
    decimal(open ? Number(row.total) - Number(row.amount_paid) - Number(row.amount_credited) : 0, c),
    row.related_number ?? '',
  ]);
}

export function paymentCsvLine(row: ExportPaymentRow) {
  return csvRow([
    row.received_on,
    row.invoice_number,
    row.account_name,
    row.method,
    row.reference,
    row.currency,
    decimal(row.amount, row.currency),
  ]);
}

/**
 * The accountants' CSV of invoices, credit notes or payments in a date range (staff, in their scope). Counted in
 * the export budget and audited before the first byte. Returns the file name and the whole body (capped at
 * 100,000 rows in SQL).
 */
export async function billingCsvExportUseCase(ctx: AppContext, actor: Actor, kind: Kind, range: Range) {
  if (!billingPolicy.canViewSetup(actor)) throw forbidden();
  if (range.from && range.to && range.from > range.to)
    throw fieldError('from', 'invalid_range', 'The start date must be before the end date.');
  await recordExport(ctx, actor, {
    action: 'export.billing_csv',
    target: null,
    details: { kind, from: range.from ?? null, to: range.to ?? null },
  });
  const scope = scopeParams(accountScopeOf(actor));
  const dates = { from: range.from ?? null, to: range.to ?? null };
  let body: string;
  if (kind === 'payments') {
    const rows = await exportPayments(ctx.db, scope, dates);
    body = csvRow(PAYMENT_HEADER) + rows.map(paymentCsvLine).join('');
  } else {
    const rows = await exportDocuments(ctx.db, scope, kind === 'invoices' ? 'invoice' : 'credit_note', dates);
    body = csvRow(DOCUMENT_HEADER) + rows.map(documentCsvLine).join('');
  }
  return {
    fileName: `${kind}-${dates.from ?? 'all'}-${dates.to ?? ctx.clock.now().toISOString().slice(0, 10)}.csv`,
    body,
  };
}

/** The statement as CSV, from its JSON form (same figures). */
export function statementCsv(statement: {
  currencies: {
    currency: string;
    opening: { amount: number };
    entries: {
      date: string;
      type: string;
      number: string | null;
      reference: string;
      debit: { amount: number };
      credit: { amount: number };
      balance: { amount: number };
    }[];
  }[];
}) {
  let body = csvRow(['Date', 'Type', 'Number', 'Reference', 'Currency', 'Debit', 'Credit', 'Balance']);
  for (const { currency, opening, entries } of statement.currencies) {
    body += csvRow(['', 'Opening balance', '', '', currency, '', '', decimal(opening.amount, currency)]);
    for (const entry of entries)
      body += csvRow([
        entry.date,
        entry.type,
        entry.number,
        entry.reference,
        currency,
        decimal(entry.debit.amount, currency),
        decimal(entry.credit.amount, currency),
        decimal(entry.balance.amount, currency),
      ]);
  }
  return body;
}
