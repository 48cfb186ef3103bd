import type { billingCreditMessages as en } from '../en/billing-credit.ts';

/** Billing: account credit, saved payment methods and automatic charge. */
export const billingCreditMessages = {
  'billing.credit.title': 'Saldo a favor de la cuenta',
  'billing.credit.hint': 'El saldo a favor se descuenta de sus próximas facturas.',
  'billing.credit.applied': 'Saldo a favor aplicado',
  'billing.credit.appliedToast': 'Saldo aplicado: {amount} en total en esta factura.',
  'billing.credit.applyTitle': 'Aplicar el saldo a favor de la cuenta',
  'billing.credit.available': 'Saldo disponible: {amount}',
  'billing.credit.apply': 'Aplicar saldo',
  'billing.credit.autoApply': 'Aplicar el saldo a favor disponible a las facturas cuando se envíen',
  'billing.cards.title': 'Tarjeta guardada',
  'billing.cards.none': 'No hay ninguna tarjeta guardada. Guarde una para pagar automáticamente las próximas facturas.',
  'billing.cards.save': 'Guardar una tarjeta',
  'billing.cards.replace': 'Guardar otra tarjeta',
  'billing.cards.card': '{brand} •••• {last4}, caduca {month}/{year}',
  'billing.cards.autoCharge': 'Cobro automático',
  'billing.cards.remove': 'Quitar',
  'billing.cards.removeLabel': 'Quitar {card}',
  'billing.cards.removeConfirm': '¿Quitar {card}? No se le volverá a cobrar.',
  'billing.cards.processing': 'Se está guardando su tarjeta. Aparecerá aquí en un momento.',
  'billing.cards.refresh': 'Actualizar',
  'billing.profile.autoCharge': 'Cobrar las facturas en la tarjeta guardada de la cuenta cuando se envíen',
  'billing.payment.method.account_credit': 'Saldo a favor de la cuenta',
  'billing.payment.source.credit': 'descontado del saldo a favor',
} satisfies Record<keyof typeof en, string>;
