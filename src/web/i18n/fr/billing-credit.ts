import type { billingCreditMessages as en } from '../en/billing-credit.ts';

/** Billing: account credit, saved payment methods and automatic charge. */
export const billingCreditMessages = {
  'billing.credit.title': 'Crédit du compte',
  'billing.credit.hint': 'Le crédit est déduit de vos prochaines factures.',
  'billing.credit.applied': 'Crédit du compte appliqué',
  'billing.credit.appliedToast': 'Crédit appliqué : {amount} au total sur cette facture.',
  'billing.credit.applyTitle': 'Appliquer le crédit du compte',
  'billing.credit.available': 'Crédit disponible : {amount}',
  'billing.credit.apply': 'Appliquer le crédit',
  'billing.credit.autoApply': 'Appliquer le crédit disponible du compte aux factures lors de leur envoi',
  'billing.cards.title': 'Carte enregistrée',
  'billing.cards.none':
    'Aucune carte enregistrée. Enregistrez-en une pour régler automatiquement les prochaines factures.',
  'billing.cards.save': 'Enregistrer une carte',
  'billing.cards.replace': 'Enregistrer une autre carte',
  'billing.cards.card': '{brand} •••• {last4}, expire {month}/{year}',
  'billing.cards.autoCharge': 'Débitée automatiquement',
  'billing.cards.remove': 'Retirer',
  'billing.cards.removeLabel': 'Retirer {card}',
  'billing.cards.removeConfirm': 'Retirer {card} ? Elle ne sera plus débitée.',
  'billing.cards.processing': 'Votre carte est en cours d’enregistrement. Elle apparaîtra ici dans un instant.',
  'billing.cards.refresh': 'Actualiser',
  'billing.profile.autoCharge': 'Débiter les factures sur la carte enregistrée du compte lors de leur envoi',
  'billing.payment.method.account_credit': 'Crédit du compte',
  'billing.payment.source.credit': 'prélevé sur le solde créditeur',
} satisfies Record<keyof typeof en, string>;
