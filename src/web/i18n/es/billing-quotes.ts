import type { billingQuoteMessages as english } from '../en/billing-quotes.ts';

export const billingQuoteMessages = {
  'billing.options.optional': 'Opcional',
  'billing.options.notIncluded': 'No incluida',
  'billing.options.hint':
    'Marque las partidas opcionales que desee. El total sigue su elección, que se conserva hasta que acepte.',
  'billing.options.total': 'Total con su elección: {total}',
  'billing.options.saving': 'Actualizando el total…',
  'billing.options.stale':
    'Este presupuesto ha cambiado en otra ventana. Ahora muestra la última elección: revísela y vuelva a aceptar.',
  'billing.new.optional': 'Opcional: el cliente puede añadirla',
} satisfies Record<keyof typeof english, string>;
