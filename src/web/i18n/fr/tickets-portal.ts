import type { ticketsPortalMessages as en } from '../en/tickets-portal.ts';

/** Tickets as customers see them (portal), shared labels (status, priority) and the public rating page. */
export const ticketsPortalMessages = {
  'nav.tickets': 'Tickets',

  // Shared labels (the console uses them too)
  'tickets.status.new': 'Nouveau',
  'tickets.status.open': 'Ouvert',
  'tickets.status.pending_customer': 'En attente de votre réponse',
  'tickets.status.on_hold': 'En suspens',
  'tickets.status.solved': 'Résolu',
  'tickets.status.closed': 'Fermé',
  'tickets.priority.low': 'Basse',
  'tickets.priority.normal': 'Normale',
  'tickets.priority.high': 'Haute',
  'tickets.priority.urgent': 'Urgente',
  'tickets.number': '#{number}',
  'tickets.replyBy': 'Nous vous répondrons d’ici {time}',
  'tickets.replyByOverdue': 'Nous visions une réponse d’ici {time} ; nous nous en occupons',

  // My tickets
  'tickets.portal.title': 'Tickets',
  'tickets.portal.intro': 'Vos demandes d’assistance et leur statut.',
  'tickets.portal.new': 'Nouveau ticket',
  'tickets.portal.list': 'Vos tickets',
  'tickets.portal.filter': 'Afficher',
  'tickets.portal.filter.open': 'Tickets ouverts',
  'tickets.portal.filter.done': 'Résolus et fermés',
  'tickets.portal.filter.all': 'Tous les tickets',
  'tickets.portal.empty': 'Aucun ticket ici.',
  'tickets.portal.emptyHint':
    'Le centre d’aide répond à de nombreuses questions. Si ce n’est pas le cas de la vôtre, ouvrez un ticket et nous reviendrons vers vous.',
  'tickets.portal.openHelp': 'Chercher dans le centre d’aide',
  'tickets.portal.updated': 'Mis à jour {time}',
  'tickets.portal.requestedBy': 'Demandé par {name}',
  'tickets.portal.unread': '{count, plural, one {# nouveau message} other {# nouveaux messages}}',
  'tickets.portal.noAccount': 'Les tickets appartiennent à un compte ; vous n’êtes encore membre d’aucun compte.',

  // New ticket
  'tickets.new.title': 'Nouveau ticket',
  'tickets.new.intro': 'Dites-nous ce dont vous avez besoin. Nous vous répondrons par e-mail et ici.',
  'tickets.new.subject': 'Objet',
  'tickets.new.subjectHint': 'Un bref résumé, par exemple « Impossible de télécharger ma facture ».',
  'tickets.new.description': 'Description',
  'tickets.new.descriptionHint':
    'Ce qui s’est passé, ce que vous attendiez et ce que vous avez déjà essayé. Le Markdown est pris en charge.',
  'tickets.new.ccs':
    '{kind, select, self_service {Mettre en copie des personnes de votre compte} other {Mettre en copie des membres de votre équipe}}',
  'tickets.new.ccsHint': 'Ils verront le ticket et recevront ses réponses.',
  'tickets.new.fields': 'Détails',
  'tickets.new.required': 'obligatoire',
  'tickets.new.selectNone': 'Choisir…',
  'tickets.new.submit': 'Envoyer le ticket',
  'tickets.new.sending': 'Envoi…',
  'tickets.new.suggestions': 'Ces articles répondent peut-être à votre question',
  'tickets.new.suggestionsHint': 'En ouvrir un conserve votre brouillon : revenez avec le bouton Précédent.',
  'tickets.new.back': 'Retour aux tickets',
  'tickets.new.created': 'Le ticket #{number} a été envoyé. Nous vous préviendrons dès que nous aurons répondu.',

  // Ticket page
  'tickets.page.back': 'Tous les tickets',
  'tickets.page.status': 'Statut',
  'tickets.page.priority': 'Priorité',
  'tickets.page.requester': 'Demandeur',
  'tickets.page.ccs': 'En copie',
  'tickets.page.created': 'Créé',
  'tickets.page.updated': 'Mis à jour',
  'tickets.page.account': 'Compte',
  'tickets.page.details': 'Détails du ticket',
  'tickets.page.conversation': 'Conversation',
  'tickets.page.noMessages': 'Aucun message pour l’instant.',
  'tickets.page.olderMessages': 'Afficher les messages plus anciens',
  'tickets.page.replyLabel': 'Votre réponse',
  'tickets.page.send': 'Envoyer la réponse',
  'tickets.page.reopenHint': 'Ce ticket est résolu. Y répondre le rouvre.',
  'tickets.page.cannotReply':
    'Ce ticket ne peut plus être rouvert. Veuillez ouvrir un nouveau ticket en indiquant le numéro #{number}.',
  'tickets.page.markSolved': 'Marquer comme résolu',
  'tickets.page.markSolvedConfirm':
    'Marquer ce ticket comme résolu ? Vous pourrez encore y répondre pendant un certain temps pour le rouvrir.',
  'tickets.page.solved': 'Ticket marqué comme résolu.',
  'tickets.page.merged': 'Ce ticket a été fusionné avec un autre.',
  'tickets.page.mergedLink': 'Ouvrir le ticket dans lequel il a été fusionné',
  'tickets.page.newMessage': 'Nouveau message de {name}',
  'tickets.page.updatedLive': 'Ce ticket a été mis à jour.',

  // Satisfaction (portal widget and the emailed link)
  'tickets.rating.title': 'Qu’en avez-vous pensé ?',
  'tickets.rating.good': 'Bien, je suis satisfait(e)',
  'tickets.rating.bad': 'Mal, je ne suis pas satisfait(e)',
  'tickets.rating.comment': 'Souhaitez-vous ajouter quelque chose ? (facultatif)',
  'tickets.rating.send': 'Envoyer l’évaluation',
  'tickets.rating.sending': 'Envoi…',
  'tickets.rating.thanks': 'Merci pour votre avis.',
  'tickets.rating.yours': 'Votre évaluation de ce ticket : {rating}.',
  'tickets.rating.goodShort': 'Bien',
  'tickets.rating.badShort': 'Mal',
  'tickets.rate.title': 'Évaluez votre expérience avec l’assistance',
  'tickets.rate.intro': 'Votre évaluation n’est envoyée que lorsque vous appuyez sur « Envoyer l’évaluation ».',
  'tickets.rate.missing':
    'Ce lien d’évaluation est incomplet. Copiez le lien entier depuis l’e-mail, ou connectez-vous et évaluez le ticket depuis sa page.',
  'tickets.rate.expired':
    'Ce lien d’évaluation a expiré. Vous pouvez toujours évaluer le ticket depuis sa page après vous être connecté(e).',
  'tickets.rate.unknown': 'Ce lien d’évaluation n’est pas valide. Vérifiez que vous avez copié le lien entier.',
  'tickets.rate.signIn': 'Se connecter',
} satisfies Record<keyof typeof en, string>;
