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
  'billing.cards.expiringBadge': 'Expire bientôt',
  'billing.cards.expiredBadge': 'Expirée',
  'billing.cards.expiryNotice':
    '{expiry, select, expired {Cette carte a expiré fin {month}/{year} : les paiements automatiques avec elle échouent. Enregistrez une nouvelle carte pour la remplacer.} other {Cette carte expire fin {month}/{year}. Enregistrez une nouvelle carte avant cette date pour que les paiements automatiques continuent.}}',
  'billing.cards.replaceExpiring': 'Remplacer cette carte',
  'billing.cards.replaceExpiringLabel': 'Remplacer cette carte ({card})',
  'billing.cards.consoleTitle': 'Cartes enregistrées',
  'billing.cards.consoleCard':
    '{brand} •••• {last4} : {expiry, select, expired {carte expirée ({month}/{year})} other {la carte expire {month}/{year}}}',
  'billing.cards.consoleNone': 'Le client n’a pas enregistré de carte.',
  'billing.profile.autoCharge': 'Débiter les factures sur la carte enregistrée du compte lors de leur envoi',
  'billing.payment.method.account_credit': 'Crédit du compte',
  'billing.payment.source.credit': 'prélevé sur le solde créditeur',
  'billing.credit.reverse': 'Annuler',
  'billing.credit.reverseConfirm':
    'Annuler cette imputation d’avoir ? La facture est de nouveau ouverte pour {amount} et l’avoir revient au compte.',
  'billing.credit.reversed': 'annulée le {date}',
  'billing.credit.reversedToast': 'Imputation d’avoir annulée : {amount} est revenu dans l’avoir du compte.',
  'billing.card.title': 'Payer avec votre carte enregistrée',
  'billing.card.pay': 'Payer {balance} avec {brand} •••• {last4}',
  'billing.card.authenticateTitle': 'Confirmez votre paiement',
  'billing.card.authenticateText':
    'Votre banque vous demande de confirmer le paiement automatique de cette facture (3-D Secure). Rien n’a encore été débité.',
  'billing.card.authenticate': 'Confirmer le paiement auprès de votre banque',
  'billing.card.declined':
    'Votre carte a été refusée. Rien n’a été débité : payez autrement ou enregistrez une autre carte.',
  'billing.retainer.work.account': 'Travail pour le compte',
  'billing.retainer.work.ticket': '{title, select, none {Demande} other {Demande : {title}}}',
  'billing.retainer.work.thread': '{title, select, none {Échange} other {Échange : {title}}}',
} satisfies Record<keyof typeof en, string>;
