import type { billingQuoteMessages as english } from '../en/billing-quotes.ts';

export const billingQuoteMessages = {
  'billing.options.optional': 'En option',
  'billing.options.notIncluded': 'Non incluse',
  'billing.options.hint':
    'Cochez les options souhaitées. Le total suit votre choix, conservé jusqu’à votre acceptation.',
  'billing.options.total': 'Total selon votre choix : {total}',
  'billing.options.saving': 'Mise à jour du total…',
  'billing.options.stale':
    'Ce devis a été modifié dans une autre fenêtre. Il affiche maintenant le dernier choix : vérifiez-le puis acceptez à nouveau.',
  'billing.new.optional': 'En option : le client peut l’ajouter',
} satisfies Record<keyof typeof english, string>;
