import type { billingDraftMessages as english } from '../en/billing-drafts.ts';

export const billingDraftMessages = {
  'billing.edit.open': 'Modifier',
  'billing.edit.title': 'Modifier : {document}',
  'billing.edit.save': 'Enregistrer les modifications',
  'billing.edit.saved': 'Brouillon enregistré.',
  'billing.edit.cancel': 'Annuler',
  'billing.edit.back': 'Retour au document',
  'billing.edit.notEditable':
    'Ce document ne peut pas être modifié : seuls les propriétaires et les administrateurs modifient les brouillons, et un document envoyé reste tel qu’il a été envoyé.',
  'billing.edit.stale':
    'Quelqu’un a enregistré ce brouillon dans une autre fenêtre pendant que vous le modifiiez. Vos modifications ici n’ont pas été enregistrées : rechargez la dernière version, puis refaites-les.',
  'billing.edit.reload': 'Recharger la dernière version',
  'billing.edit.product': 'Produit ou service du catalogue',
  'billing.edit.freeText': 'Aucun : saisir la ligne',
  'billing.edit.lineDiscount': 'Remise sur la ligne',
  'billing.edit.documentDiscount': 'Remise sur tout le document',
  'billing.edit.discountUnit': '{field} en',
  'billing.edit.moreTax': 'Taxe {number}',
  'billing.edit.archivedTax': 'Un taux qui n’est plus proposé : choisissez-en un autre',
  'billing.edit.selected': 'Cochée au départ (comptée jusqu’à ce que le client la décoche)',
  'billing.edit.dueDate': 'Date d’échéance (facultatif)',
  'billing.edit.dueDateHint': 'Vide : les conditions de paiement la fixent à l’envoi.',
  'billing.coverNote': 'Lettre d’accompagnement',
  'billing.terms': 'Conditions',
  'billing.edit.coverNote': 'Lettre d’accompagnement',
  'billing.edit.coverNoteHint':
    'La lettre d’ouverture au-dessus des lignes, sur la page du devis et dans le PDF ; son premier paragraphe ouvre l’e-mail. Texte seul.',
  'billing.edit.termsHint':
    'Vide : les conditions par défaut de la configuration de la facturation s’appliquent, s’il y en a.',
  'billing.edit.badQuantity': 'Saisissez une quantité supérieure à 0 avec au plus 3 décimales.',
  'billing.edit.badPercent': 'Saisissez un pourcentage de 0 à 100.',
  'billing.edit.preview': 'Aperçu des totaux',
  'billing.edit.previewSubtotal': 'Sous-total',
  'billing.edit.previewDiscount': 'Remises',
  'billing.edit.previewTax': 'Taxes',
  'billing.edit.previewTotal': 'Total',
  'billing.edit.computedOnSave':
    'Calculé à l’enregistrement : complétez chaque quantité et chaque prix pour voir un aperçu.',
  'billing.edit.previewHint':
    'Les documents enregistrés affichent les montants calculés par le serveur, selon la même règle d’arrondi.',
} satisfies Record<keyof typeof english, string>;
