import type { messagingSettingsMessages as en } from '../en/messaging-settings.ts';

export const messagingSettingsMessages = {
  'messagingSettings.title': 'E-mails de messagerie',
  'messagingSettings.hide': 'Masquer le contenu des messages dans les e-mails',
  'messagingSettings.hideHint':
    'Pour les cabinets soumis à la confidentialité : les e-mails indiquent seulement « Vous avez un nouveau message de … » et renvoient vers le portail.',
  'messagingSettings.grouping': 'Minutes entre deux e-mails sur une même conversation',
  'messagingSettings.groupingHint': 'Les messages arrivés dans ce délai sont regroupés en un seul e-mail par personne.',
  'messagingSettings.inbound': 'Les personnes peuvent répondre par e-mail ; les réponses arrivent via {domain}.',
  'messagingSettings.noInbound':
    'La réponse par e-mail est désactivée (aucun domaine de réception d’e-mails n’est configuré).',
  'messagingSettings.save': 'Enregistrer les paramètres des e-mails de messagerie',
  'messagingSettings.saved': 'Paramètres des e-mails de messagerie enregistrés',
} satisfies Record<keyof typeof en, string>;
