/** Billing, quotes: optional lines the client ticks, and the console's editor for them. */
export const billingQuoteMessages = {
  'billing.options.optional': 'Optional',
  'billing.options.notIncluded': 'Not included',
  'billing.options.hint':
    'Tick the optional items you want. The total follows your choice, which is kept until you accept.',
  'billing.options.total': 'Total with your choice: {total}',
  'billing.options.saving': 'Updating the total…',
  'billing.options.stale':
    'This quote changed in another window. It now shows the latest choice: check it and accept again.',
  'billing.new.optional': 'Optional: the client may add it',
} as const;
