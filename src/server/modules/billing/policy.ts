import type { BillingDocumentKind, BillingDocumentStatus } from '../../../contract/index.ts';
import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';

export interface DocumentFacts {
  accountId: string;
  kind: BillingDocumentKind;
  status: BillingDocumentStatus;
  amountPaid: number;
  /** What sent credit notes took off an invoice (a credited invoice is corrected by credit, never voided). */
  amountCredited?: number;
  /** What is left to pay (sent invoices), and whether this portal takes online payment (Stripe keys). */
  open?: number;
  onlinePayment?: boolean;
  /** Quotes: past the last valid day, and already made into an invoice. */
  expired?: boolean;
  invoiced?: boolean;
}

/**
 * Who may do what in billing. Staff read everything in their scope; issuing, voiding and recording payments are
 * financial acts for owners and admins (agents are read-only). The account's people see what was sent to them,
 * never drafts; an account admin answers a quote for the account.
 */
export const billingPolicy = {
  canViewSetup: (actor: Actor) => active(actor) && actor.staffRole !== null,
  canConfigure: (actor: Actor) => active(actor) && isStaffAdmin(actor),
  canIssue: (actor: Actor) => active(actor) && isStaffAdmin(actor),
  /** People see only sent documents of their own accounts (the scope does the rest). */
  seesDrafts: (actor: Actor) => actor.staffRole !== null,
  canEditProfile: (actor: Actor) => active(actor) && isStaffAdmin(actor),
  /** Refunds give money back: owners and admins, like every financial act. */
  canRefund: (actor: Actor) => active(actor) && isStaffAdmin(actor),
  /**
   * Online payment is the account's people's (the firm records payments instead); only where Stripe is set up,
   * of sent invoices with something left to pay.
   */
  canPay: (actor: Actor, facts: DocumentFacts) =>
    Boolean(facts.onlinePayment) &&
    active(actor) &&
    actor.staffRole === null &&
    actor.memberships.has(facts.accountId) &&
    facts.kind === 'invoice' &&
    facts.status === 'sent' &&
    (facts.open ?? 0) > 0,
  paymentAbilities: (
    actor: Actor,
    payment: {
      source: 'manual' | 'stripe' | 'credit';
      amount: number;
      amountRefunded: number;
      reversed: boolean;
      invoiceStatus?: string;
    },
    onlinePayment: boolean,
  ) => ({
    refund:
      onlinePayment &&
      billingPolicy.canRefund(actor) &&
      payment.source === 'stripe' &&
      payment.amountRefunded < payment.amount,
    // Undoing a credit application is the same act as applying it (owners, admins), on an invoice not voided.
    reverse:
      billingPolicy.canIssue(actor) &&
      payment.source === 'credit' &&
      !payment.reversed &&
      payment.invoiceStatus !== 'void',
  }),
  /** Cards are saved by the account's own people (card details never pass through the firm). */
  canSavePaymentMethod: (actor: Actor, accountId: string) =>
    active(actor) && actor.staffRole === null && actor.memberships.has(accountId),
  /** A saved card is removed by the account's people, or by owners and admins (a client who asks them to). */
  canManagePaymentMethods: (actor: Actor, accountId: string) =>
    billingPolicy.canSavePaymentMethod(actor, accountId) || (active(actor) && isStaffAdmin(actor)),
  /**
   * The card charged automatically, expiring or expired, is replaced by saving a new one (the newest is charged):
   * the account's people, where Stripe is set up.
   */
  canReplaceCard: (
    actor: Actor,
    accountId: string,
    card: { usedForAutoCharge: boolean; expiry: 'valid' | 'expiring' | 'expired' },
    onlinePayment: boolean,
  ) =>
    onlinePayment &&
    billingPolicy.canSavePaymentMethod(actor, accountId) &&
    card.usedForAutoCharge &&
    card.expiry !== 'valid',
  canAnswerQuote: (actor: Actor, facts: DocumentFacts) =>
    active(actor) &&
    actor.staffRole === null &&
    facts.kind === 'quote' &&
    facts.status === 'sent' &&
    !facts.expired &&
    actor.memberships.get(facts.accountId) === 'account_admin',

  documentAbilities(actor: Actor, facts: DocumentFacts) {
    const issue = billingPolicy.canIssue(actor);
    const draft = facts.status === 'draft';
    const answer = billingPolicy.canAnswerQuote(actor, facts);
    return {
      update: issue && draft,
      delete: issue && draft,
      send: issue && draft,
      void:
        issue && facts.kind !== 'quote' && facts.status === 'sent' && facts.amountPaid === 0 && !facts.amountCredited,
      recordPayment: issue && facts.kind === 'invoice' && facts.status === 'sent',
      accept: answer,
      decline: answer,
      downloadPdf: active(actor) && (actor.staffRole !== null || !draft),
      creditNote: issue && facts.kind === 'invoice' && facts.status === 'sent',
      reissue:
        issue && facts.kind === 'invoice' && facts.status === 'sent' && facts.amountPaid === 0 && !facts.amountCredited,
      pay: billingPolicy.canPay(actor, facts),
      // Spending the account's credit is a financial act like recording a payment.
      applyCredit: issue && facts.kind === 'invoice' && facts.status === 'sent',
      // An accepted quote becomes one draft invoice with its lines (issuing, like any invoice).
      invoice: issue && facts.kind === 'quote' && facts.status === 'accepted' && !facts.invoiced,
      // Ticking a quote's optional lines is part of answering it: whoever may answer, while it may be answered.
      selectOptions: answer,
    };
  },

  setupAbilities(actor: Actor) {
    const manage = billingPolicy.canConfigure(actor);
    return { update: manage, delete: manage, archive: manage };
  },
};
