import type {
  BillingDocument,
  BillingDocumentSummary,
  BillingPayment,
  BillingProfile,
  Discount,
  NumberSeries,
  PaymentTerm,
  ReceivableRow,
  RelatedDocument,
  TaxRate,
} from '../../../contract/index.ts';
import { QUANTITY_SCALE } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { billingPolicy } from './policy.ts';
import type { DocumentRow, LineRow, PaymentRow, ReceivableDbRow } from './repository-documents.ts';
import {
  formatNumber,
  type NumberSeriesRow,
  type PaymentTermRow,
  type ProfileRow,
  type TaxRateRow,
} from './repository-setup.ts';

/** Stored rates and percents are percent × 10 000; the API speaks plain percents (19.5). */
export const toPercent = (stored: number) => stored / 10_000;
export const fromPercent = (percent: number) => Math.round(percent * 10_000);

export const discountToApi = (discount: Discount | null) =>
  discount && (discount.type === 'percent' ? { type: 'percent' as const, value: toPercent(discount.value) } : discount);

export function presentTaxRate(row: TaxRateRow, actor: Actor): TaxRate {
  const abilities = billingPolicy.setupAbilities(actor);
  return {
    id: row.id,
    name: row.name,
    rate: toPercent(row.rate),
    inclusive: row.inclusive,
    compound: row.compound,
    archived: row.archived_at !== null,
    version: row.version,
    abilities: { update: abilities.update, archive: abilities.archive },
  };
}

export function presentPaymentTerm(row: PaymentTermRow, actor: Actor): PaymentTerm {
  const abilities = billingPolicy.setupAbilities(actor);
  return {
    id: row.id,
    name: row.name,
    days: row.days,
    version: row.version,
    abilities: { update: abilities.update, delete: abilities.delete },
  };
}

export function presentNumberSeries(row: NumberSeriesRow, actor: Actor, year: number): NumberSeries {
  return {
    kind: row.kind,
    prefix: row.prefix,
    yearlyReset: row.yearly_reset,
    padding: row.padding,
    defaultTerms: row.default_terms,
    example: formatNumber(row.prefix, row.yearly_reset ? year : null, row.padding, row.next_value),
    version: row.version,
    abilities: { update: billingPolicy.canConfigure(actor) },
  };
}

export function presentProfile(row: ProfileRow, actor: Actor): BillingProfile {
  return {
    accountId: row.account_id,
    legalName: row.legal_name ?? row.account_name,
    address: row.address,
    taxId: row.tax_id,
    contacts: row.contacts,
    currency: row.currency ?? 'EUR',
    language: row.language,
    paymentTermsId: row.payment_terms_id,
    autoApplyCredit: row.auto_apply_credit,
    autoCharge: row.auto_charge,
    configured: row.legal_name !== null,
    version: row.version,
    abilities: { update: billingPolicy.canEditProfile(actor) },
  };
}

const money = (amount: number, currency: string) => ({ amount, currency });

export function facts(row: DocumentRow, onlinePayment: boolean) {
  return {
    accountId: row.account_id,
    kind: row.kind,
    status: row.status,
    amountPaid: row.amount_paid,
    amountCredited: row.amount_credited,
    open: balanceOf(row),
    onlinePayment,
    expired: row.expired,
    invoiced: row.invoiced,
  };
}

/** The open balance: what is left to pay of a sent invoice after payments and credit notes. */
export const balanceOf = (row: DocumentRow) =>
  row.kind === 'invoice' && row.status === 'sent' ? row.total - row.amount_paid - row.amount_credited : 0;

/** onlinePayment: Stripe is set up on this portal (the `pay` ability). */
export function presentDocumentSummary(row: DocumentRow, actor: Actor, onlinePayment = false): BillingDocumentSummary {
  const c = row.currency;
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    kind: row.kind,
    status: row.status,
    number: row.number,
    currency: c,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    overdue: row.overdue,
    validUntil: row.valid_until,
    expired: row.expired,
    total: money(row.total, c),
    amountPaid: money(row.amount_paid, c),
    amountCredited: money(row.amount_credited, c),
    balance: money(balanceOf(row), c),
    related:
      row.related_document_id && row.related_kind && row.related_status
        ? {
            id: row.related_document_id,
            kind: row.related_kind,
            number: row.related_number,
            status: row.related_status,
          }
        : null,
    sentAt: row.sent_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    abilities: billingPolicy.documentAbilities(actor, facts(row, onlinePayment)),
  };
}

export function presentDocument(
  row: DocumentRow,
  lines: LineRow[],
  profile: { legal_name: string | null; address: string; tax_id: string } | null,
  actor: Actor,
  linked: { creditNotes: RelatedDocument[]; replacedBy: RelatedDocument | null; creditApplied?: number } = {
    creditNotes: [],
    replacedBy: null,
  },
  onlinePayment = false,
): BillingDocument {
  const c = row.currency;
  return {
    ...presentDocumentSummary(row, actor, onlinePayment),
    language: row.language,
    notes: row.notes,
    coverNote: row.cover_note,
    terms: row.terms,
    paymentTermsId: row.payment_terms_id,
    discount: discountToApi(row.discount),
    lines: lines.map((line) => ({
      id: line.id,
      description: line.description,
      quantity: line.quantity / QUANTITY_SCALE,
      unitPrice: money(line.unit_price, c),
      discount: discountToApi(line.discount),
      taxRateIds: line.tax_rates.map((tax) => tax.id),
      gross: money(line.gross, c),
      discountTotal: money(line.discount_total, c),
      net: money(line.net, c),
      taxes: line.tax_rates.map((tax) => ({
        taxRateId: tax.id,
        name: tax.name,
        rate: toPercent(tax.rate),
        amount: money(tax.amount, c),
      })),
      total: money(line.total, c),
      optional: line.optional,
      selected: line.selected,
    })),
    subtotal: money(row.subtotal, c),
    discountTotal: money(row.discount_total, c),
    net: money(row.net, c),
    taxes: row.taxes.map((tax) => ({
      taxRateId: tax.taxRateId,
      name: tax.name,
      rate: toPercent(tax.rate),
      amount: money(tax.amount, c),
    })),
    tax: money(row.tax_total, c),
    pdfSha256: row.pdf_sha256,
    accepted: row.accepted_at
      ? {
          at: row.accepted_at.toISOString(),
          name: row.accepted_name ?? '',
          // Where the acceptance came from is the firm's record: people see who and when only.
          ip: actor.staffRole ? row.accepted_ip : null,
          userAgent: actor.staffRole ? row.accepted_user_agent : null,
        }
      : null,
    billTo: profile?.legal_name
      ? { legalName: profile.legal_name, address: profile.address, taxId: profile.tax_id }
      : null,
    creditNotes: linked.creditNotes,
    replacedBy: linked.replacedBy,
    creditApplied: money(linked.creditApplied ?? 0, c),
  };
}

export function presentPayment(
  row: PaymentRow,
  actor: Actor,
  onlinePayment: boolean,
  invoiceStatus?: string,
): BillingPayment {
  return {
    id: row.id,
    documentId: row.document_id,
    amount: money(row.amount, row.currency),
    method: row.method,
    reference: row.reference,
    receivedOn: row.received_on,
    source: row.source,
    amountRefunded: money(row.amount_refunded, row.currency),
    reversedAt: row.reversed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    abilities: billingPolicy.paymentAbilities(
      actor,
      {
        source: row.source,
        amount: row.amount,
        amountRefunded: row.amount_refunded,
        reversed: row.reversed_at !== null,
        invoiceStatus,
      },
      onlinePayment,
    ),
  };
}

export function presentReceivable(row: ReceivableDbRow): ReceivableRow {
  return {
    accountId: row.account_id,
    accountName: row.account_name,
    currency: row.currency,
    outstanding: money(row.outstanding, row.currency),
    overdue: money(row.overdue, row.currency),
    openInvoices: row.open_invoices,
  };
}
