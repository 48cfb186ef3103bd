/** Billing: account credit, saved payment methods and automatic charge. */
export const billingCreditMessages = {
  'billing.credit.title': 'Account credit',
  'billing.credit.hint': 'Credit is taken off your next invoices.',
  'billing.credit.applied': 'Account credit applied',
  'billing.credit.appliedToast': 'Credit applied: {amount} in all on this invoice.',
  'billing.credit.applyTitle': 'Apply account credit',
  'billing.credit.available': 'Available credit: {amount}',
  'billing.credit.apply': 'Apply credit',
  'billing.credit.autoApply': 'Apply available account credit to invoices when they are sent',
  'billing.payment.method.account_credit': 'Account credit',
  'billing.payment.source.credit': 'credit',
};
