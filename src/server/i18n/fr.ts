import type { MessageKey } from './en.ts';

/** French strings (vouvoiement) for everything the server writes to people: emails and the help pages it renders. */
export const fr: Record<MessageKey, string> = {
  'mail.footer': 'Vous recevez cet e-mail en raison de votre accès à {portal}.',
  'mail.ignore': 'Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.',
  'help.languages': 'Autres langues',
  'help.fallback': 'Cet article n’est pas encore disponible en {wanted}, il est donc affiché en {shown}.',
  'mail.invitation.subject': 'Vous êtes invité(e) à rejoindre {target} sur {portal}',
  'mail.invitation.body': '{inviter} vous invite à rejoindre {target} sur {portal}. L’invitation expire dans 7 jours.',
  'mail.invitation.button': 'Accepter l’invitation',
  'mail.invitation.staffTarget': 'l’équipe {portal}',
  'mail.reset.subject': 'Réinitialisez votre mot de passe {portal}',
  'mail.reset.body':
    'Quelqu’un a demandé la réinitialisation du mot de passe de votre compte {portal}. Le lien n’est valable qu’une fois, pendant 30 minutes.',
  'mail.reset.button': 'Choisir un nouveau mot de passe',
  'mail.magic.subject': 'Votre lien de connexion à {portal}',
  'mail.magic.body':
    'Utilisez ce lien pour vous connecter à {portal}. Il n’est valable qu’une fois, pendant 15 minutes.',
  'mail.magic.button': 'Se connecter',
  'mail.locked.subject': 'Connexion à {portal} suspendue après des tentatives échouées',
  'mail.locked.body':
    'Nous avons constaté {count, plural, one {# tentative de connexion échouée} other {# tentatives de connexion échouées}} sur votre compte ; la connexion est donc suspendue pendant {minutes, plural, one {# minute} other {# minutes}}. Si ce n’était pas vous, pensez à réinitialiser votre mot de passe.',
  'mail.locked.button': 'Réinitialiser le mot de passe',
  'mail.notice.passwordChanged.subject': 'Le mot de passe de votre compte {portal} a été modifié',
  'mail.notice.passwordChanged.body':
    'Le mot de passe de votre compte {portal} a été modifié le {time} (UTC). Vos autres sessions ont été déconnectées.',
  'mail.notice.passwordReset.subject': 'Le mot de passe de votre compte {portal} a été réinitialisé',
  'mail.notice.passwordReset.body':
    'Le mot de passe de votre compte {portal} a été réinitialisé via un lien envoyé par e-mail le {time} (UTC). Toutes les sessions ont été déconnectées et {tokens} jetons d’API personnels ont été révoqués.',
  'mail.notice.twoFactorEnabled.subject': 'L’authentification à deux facteurs est activée sur votre compte {portal}',
  'mail.notice.twoFactorEnabled.body':
    'L’authentification à deux facteurs a été activée sur votre compte {portal} le {time} (UTC). La connexion demande désormais aussi un code de votre application d’authentification.',
  'mail.notice.twoFactorDisabled.subject':
    'L’authentification à deux facteurs est désactivée sur votre compte {portal}',
  'mail.notice.twoFactorDisabled.body':
    'L’authentification à deux facteurs a été désactivée sur votre compte {portal} le {time} (UTC). La connexion ne demande plus que votre mot de passe.',
  'mail.notice.apiTokenCreated.subject': 'Un nouveau jeton d’API a été créé pour votre compte {portal}',
  'mail.notice.apiTokenCreated.body':
    'Un jeton d’API personnel nommé « {name} » ({scopes}) a été créé pour votre compte {portal} le {time} (UTC). Il agit avec vos droits d’accès jusqu’à son expiration ou sa révocation.',
  'mail.notice.passkeyAdded.subject': 'Une clé d’accès a été ajoutée à votre compte {portal}',
  'mail.notice.passkeyAdded.body':
    'Une clé d’accès nommée « {name} » a été ajoutée à votre compte {portal} le {time} (UTC). Elle permet à elle seule de se connecter à votre compte.',
  'mail.notice.passkeyRemoved.subject': 'Une clé d’accès a été retirée de votre compte {portal}',
  'mail.notice.passkeyRemoved.body':
    'La clé d’accès nommée « {name} » a été retirée de votre compte {portal} le {time} (UTC). Elle ne permet plus de se connecter.',
  'mail.notice.notYou':
    'Si ce n’était pas vous, réinitialisez immédiatement votre mot de passe et vérifiez vos paramètres de sécurité.',
  'mail.notice.button': 'Vérifier les paramètres de sécurité',
  'mail.fileRequest.subject': '{portal} : merci de téléverser « {title} »',
  'mail.fileRequest.body': '{requester} demande à {account} : {title}.',
  'mail.fileRequest.due': 'À remettre avant le {date}.',
  'mail.fileRequest.returned.subject': '{portal} : « {title} » doit être revu',
  'mail.fileRequest.returned.body':
    'Les fichiers que vous avez téléversés pour « {title} » ont été renvoyés : {reason}',
  'mail.fileRequest.dueSoon.subject': 'Rappel : « {title} » est à remettre le {date}',
  'mail.fileRequest.overdue.subject': 'En retard : « {title} » était à remettre le {date}',
  'mail.fileRequest.reminder.body': '{account} doit encore téléverser : {title}.',
  'mail.fileRequest.button': 'Téléverser les fichiers',
  'mail.ticketReceived.subject': 'Nous avons bien reçu votre demande [#{number}]',
  'mail.ticketReceived.body':
    'Merci d’avoir contacté {portal}. Votre demande « {subject} » porte le numéro #{number} ; notre équipe vous répondra rapidement.',
  'mail.ticketReceived.reply':
    'Pour ajouter quoi que ce soit, répondez à cet e-mail : votre réponse sera ajoutée à la demande.',
  'mail.ticketReceived.button': 'Voir votre demande',
  // CSAT (satisfaction module): the rating request sent when a ticket is solved.
  'mail.csat.subject': 'Qu’en avez-vous pensé ? Demande #{number} : {subject}',
  'mail.csat.body':
    'Votre demande #{number} « {subject} » a été marquée comme résolue. Comment évaluez-vous l’aide reçue de {portal} ? Un clic suffit.',
  'mail.csat.good': 'Bien, je suis satisfait(e)',
  'mail.csat.bad': 'Mal, je ne suis pas satisfait(e)',
  'mail.thread.ticketSubject': '[#{number}] {subject} ({portal})',
  'mail.thread.subject': '{subject} ({portal})',
  'mail.thread.message': '{author} a écrit ({time} UTC) :\n{body}',
  'mail.thread.someone': 'Quelqu’un',
  'mail.thread.button': 'Ouvrir la conversation',
  'mail.thread.hidden.subject':
    '{number, select, none {Nouveau message de {portal}} other {[#{number}] Nouveau message de {portal}}}',
  'mail.thread.hidden.body': 'Vous avez un nouveau message de {portal}.',
  'mail.thread.hidden.signIn': 'Connectez-vous pour le lire.',
  'mail.digest.subject': 'Votre résumé quotidien de {portal}',
  'mail.digest.body': 'Nouveaux messages depuis hier :',
  'mail.digest.line': '{subject} : {count} nouveau(x)',
  'mail.digest.hidden': 'Vous avez de nouveaux messages de {portal}.',
  'mail.digest.button': 'Ouvrir le portail',
  'mail.footer.terms': 'Conditions',
  'mail.footer.privacy': 'Confidentialité',
  // Billing: PDFs and emails of quotes, invoices and credit notes.
  'billing.pdf.invoice': 'Facture',
  'billing.pdf.quote': 'Devis',
  'billing.pdf.creditNote': 'Avoir',
  'billing.pdf.draft': '(brouillon)',
  'billing.pdf.issued': 'Date d’émission',
  'billing.pdf.due': 'Échéance',
  'billing.pdf.billTo': 'Facturé à',
  'billing.pdf.taxId': 'N° de TVA',
  'billing.pdf.description': 'Désignation',
  'billing.pdf.quantity': 'Qté',
  'billing.pdf.unitPrice': 'Prix unitaire',
  'billing.pdf.amount': 'Montant',
  'billing.pdf.subtotal': 'Sous-total',
  'billing.pdf.discount': 'Remise',
  'billing.pdf.total': 'Total',
  'billing.pdf.paid': 'Payé',
  'billing.pdf.balance': 'Reste à payer',
  'billing.pdf.payOnline': 'Consulter et payer en ligne',
  'billing.pdf.credits': 'Avoir sur la facture {number}',
  'billing.pdf.replaces': 'Remplace la facture {number} (annulée)',
  'billing.pdf.validUntil': 'Valable jusqu’au',
  'billing.pdf.terms': 'Conditions',
  'billing.pdf.fromQuote': 'Devis {number}',
  'billing.pdf.optionalIncluded': 'Option, incluse dans le total',
  'billing.pdf.optionalExcluded': 'Option, non incluse dans le total',
  'billing.pdf.optionalHint':
    'Vous pouvez ajouter ou retirer les options dans le portail tant que le devis n’est pas accepté.',
  'billing.pdf.acceptedBy': 'Accepté par {name} le {date}',
  'billing.statement.title': 'Relevé de compte',
  'billing.statement.period': 'Du {from} au {to}',
  'billing.statement.until': 'Jusqu’au {to}',
  'billing.statement.date': 'Date',
  'billing.statement.debit': 'Débit',
  'billing.statement.credit': 'Crédit',
  'billing.statement.balance': 'Solde',
  'billing.statement.opening': 'Solde d’ouverture',
  'billing.statement.closing': 'Solde de clôture',
  'billing.statement.invoice': 'Facture {number}',
  'billing.statement.credit_note': 'Avoir {number}',
  'billing.statement.payment': 'Paiement de {number}',
  'mail.billing.subject': '{kind, select, quote {Devis} credit_note {Avoir} other {Facture}} {number} de {portal}',
  'mail.billing.body':
    '{portal} vous a envoyé {kind, select, quote {le devis} credit_note {l’avoir} other {la facture}} {number} d’un montant de {total}{due, select, none {} other {, à régler avant le {due}}}. Le PDF est joint.',
  'mail.billing.button': 'Voir dans le portail',
  'mail.billing.validUntil': 'Ce devis est valable jusqu’au {validUntil}.',
  'mail.billing.coverNote': '{coverNote}',
  'mail.billing.payment.subject':
    '{outcome, select, failed {Votre paiement de {amount} à {portal} n’a pas abouti} other {Paiement reçu : {amount}}}',
  'mail.billing.payment.body':
    '{outcome, select, failed {Votre paiement en ligne de {amount} à {portal} a échoué. Rien n’a été débité ; vous pouvez réessayer depuis le portail.} other {Merci : {portal} a bien reçu votre paiement en ligne de {amount}.}}',
  'mail.billing.autoCharge.subject': 'Échec du prélèvement automatique de la facture {number}',
  'mail.billing.autoCharge.body':
    '{portal} n’a pas pu débiter la carte enregistrée de {account} pour la facture {number} ({amount}) après quatre tentatives ({reason}). Elle reste ouverte : enregistrez un paiement ou demandez au client de payer.',
  'mail.billing.declined.subject': 'Votre carte a été refusée pour la facture {number}',
  'mail.billing.declined.reason':
    '{reason, select, funds {Votre banque a refusé le débit de {amount} : la provision de la carte était insuffisante.} expired {Votre banque a refusé le débit de {amount} : la carte a expiré.} details {Votre banque a refusé le débit de {amount} : le numéro ou le code de sécurité de la carte ne correspondait pas.} blocked {Votre banque a refusé le débit de {amount} : la carte est bloquée (déclarée perdue ou volée, ou restreinte).} nocard {Nous n’avons pas pu débiter {amount} : aucune carte n’est enregistrée pour le paiement automatique.} authentication {Votre banque souhaite que vous confirmiez vous-même le débit de {amount}.} processing {La banque n’a pas pu traiter le débit de {amount} ; c’est généralement temporaire.} other {Votre banque a refusé le débit de {amount} sans en donner la raison.}}',
  'mail.billing.declined.body':
    '{retry, select, yes {Nous réessaierons le {retryOn}. Vous pouvez aussi régler la facture {number} dès maintenant depuis le portail.} other {Nous ne réessaierons pas : la facture {number} reste ouverte. Veuillez la régler depuis le portail.}}',
  'mail.billing.declined.card':
    'Pour utiliser une autre carte pour les paiements automatiques, enregistrez-la sur votre page de facturation : {cardsUrl}',
  'mail.billing.declined.button': 'Régler la facture',
  'mail.billing.authenticate.subject': 'Veuillez confirmer le paiement de la facture {number}',
  'mail.billing.authenticate.body':
    'Votre banque vous demande de confirmer le paiement automatique de {amount} pour la facture {number} de {portal} (3-D Secure). Rien n’a encore été débité : ouvrez la facture dans le portail et confirmez le paiement auprès de votre banque.',
  'mail.billing.authenticate.button': 'Confirmer le paiement',
  'mail.billing.cardExpiring.subject': 'Votre carte se terminant par {last4} expire fin {expiry}',
  'mail.billing.cardExpiring.body':
    'La carte {brand} se terminant par {last4}, qui règle automatiquement vos factures de {portal}, expire fin {expiry}. Ensuite, les paiements automatiques avec cette carte échoueront.',
  'mail.billing.cardExpiring.replace':
    'Enregistrez une nouvelle carte sur votre page de facturation avant cette date : elle remplacera celle-ci pour les paiements automatiques.',
  'mail.billing.cardExpiring.button': 'Remplacer la carte',
  'mail.billing.reminder.subject':
    '{when, select, before {Rappel : la facture {number} est à régler le {due}} today {La facture {number} est à régler aujourd’hui} other {En retard : la facture {number} était à régler le {due}}}',
  'mail.billing.reminder.body':
    '{when, select, before {Petit rappel de {portal} : la facture {number} d’un montant de {balance} est à régler le {due}.} today {La facture {number} de {portal} d’un montant de {balance} est à régler aujourd’hui.} other {La facture {number} de {portal} était à régler le {due} et un solde de {balance} reste à régler. Si vous l’avez déjà réglée, merci, et veuillez ignorer ce message.}}',
  'mail.tasks.reminder.subject':
    '{kind, select, before {Rappel : « {title} » est à rendre le {due}} other {« {title} » est à rendre aujourd’hui}}',
  'mail.tasks.reminder.body':
    '{kind, select, before {Un rappel de {portal} : la tâche « {title} » ({project}) est à rendre le {due}.} other {La tâche « {title} » ({project}) est à rendre aujourd’hui.}}',
  'mail.tasks.digest.subject': '{count, plural, one {# tâche en retard} other {# tâches en retard}} sur {portal}',
  'mail.tasks.digest.body': 'Ces tâches qui vous sont assignées ont dépassé leur échéance :',
  'mail.tasks.digest.line': '{title} ({project}), échéance le {due}',
  'mail.tasks.button': 'Ouvrir la liste des tâches',
  'mail.tasks.open': 'Ouvrir la tâche',
  'mail.approval.requested.subject': '{portal} : votre approbation est demandée pour « {title} »',
  'mail.approval.reminder.subject': 'Rappel : « {title} » attend votre approbation',
  'mail.approval.body': '{account} : « {title} » attend votre décision. Approuvez-le ou demandez des modifications.',
  'mail.approval.due': 'Merci de décider avant le {date}.',
  'mail.approval.button': 'Examiner et décider',
  'mail.onboarding.subject': '{portal} : votre prochaine étape, « {title} »',
  'mail.onboarding.body': '{account} : une nouvelle étape de votre intégration vous attend : « {title} ».',
  'mail.onboarding.button': 'Ouvrir votre liste de contrôle',
  'mail.signature.requested.subject': '{portal} : merci de signer « {title} »',
  'mail.signature.reminder.subject': 'Rappel : « {title} » attend votre signature',
  'mail.signature.body':
    '{account} : « {title} » attend votre signature. Prenez connaissance du document, puis signez-le.',
  'mail.signature.expires': 'Merci de signer avant le {date} (UTC).',
  'mail.signature.button': 'Examiner et signer',
  'mail.signature.completed.subject': '{portal} : « {title} » a été signé par tous',
  'mail.signature.completed.body':
    '{account} : toutes les parties ont signé « {title} ». La copie signée, avec sa page de certificat, se trouve dans les documents.',
  'mail.signature.completed.button': 'Télécharger la copie signée',
  'mail.order.status.subject':
    'Commande {number} : {status, select, placed {passée} paid {payée} partially_fulfilled {partiellement préparée} fulfilled {préparée} shipped {expédiée} delivered {livrée} cancelled {annulée} returned {retournée} other {mise à jour}}',
  'mail.order.status.body':
    '{account} : votre commande {number} est désormais {status, select, placed {passée} paid {payée} partially_fulfilled {partiellement préparée} fulfilled {préparée et prête à être expédiée} shipped {en cours d’acheminement} delivered {livrée} cancelled {annulée} returned {retournée} other {mise à jour}}.',
  'mail.order.status.button': 'Suivre votre commande',
  'mail.webhooks.disabled.subject': 'Un point de terminaison webhook de {portal} a été désactivé',
  'mail.webhooks.disabled.body':
    'Les envois vers {url} ont échoué pendant environ trois jours ; {portal} a donc cessé d’y envoyer. Corrigez le point de terminaison, puis réactivez-le dans la console ; le journal des envois détaille chaque tentative.',
  'mail.webhooks.disabled.button': 'Ouvrir les webhooks',
  'mail.signatureCertificate.expiring.subject': 'Le certificat de signature de {portal} expire le {date}',
  'mail.signatureCertificate.expiring.body':
    'Le certificat qui scelle les documents signés dans {portal} ({subject}) expire le {date} (UTC), dans {days, plural, one {# jour} other {# jours}}. Ensuite, aucune enveloppe ne pourra être envoyée et les documents signés après cette date ne pourront pas être scellés.',
  'mail.signatureCertificate.expiring.action':
    'Remplacez-le par le certificat renouvelé de votre cabinet (.p12 ou .pfx), ou créez-en un nouveau auto-signé, sur la page du certificat de signature dans la console.',
  'mail.signatureCertificate.expiring.button': 'Ouvrir le certificat de signature',
  // Account rights (issue 16): changing one's email.
  'mail.emailChange.code.subject': 'Votre code {portal} pour changer votre adresse de connexion',
  'mail.emailChange.code.body':
    'Saisissez ce code dans {portal} pour faire de cette adresse votre adresse de connexion : {code}. Il n’est valable qu’une fois, pendant 15 minutes.',
  'mail.emailChange.taken.subject': 'Quelqu’un a tenté d’utiliser cette adresse sur {portal}',
  'mail.emailChange.taken.body':
    'Quelqu’un a demandé à transférer un autre compte {portal} vers cette adresse, qui en possède déjà un ; rien n’a donc été modifié. Si c’était vous, connectez-vous plutôt avec cette adresse.',
  'mail.emailChange.notice.subject': 'Votre adresse de connexion à {portal} a été modifiée',
  'mail.emailChange.notice.body':
    'L’adresse de connexion de votre compte {portal} est passée de cette adresse à {newEmail} le {time} UTC. Si ce n’était pas vous, annulez la modification dans les 7 jours : le lien rétablit cette adresse et déconnecte tout le monde.',
  'mail.emailChange.notice.button': 'Annuler cette modification',
  'mail.dataExport.subject': 'Vos données {portal} sont prêtes à être téléchargées',
  'mail.dataExport.body':
    'L’export de toutes les données que {portal} détient à votre sujet est prêt. Connectez-vous et téléchargez-le depuis votre profil jusqu’au {time} UTC ; il sera ensuite supprimé.',
  'mail.dataExport.button': 'Ouvrir votre profil',
  'mail.deletion.subject': 'Votre compte {portal} sera supprimé le {date}',
  'mail.deletion.body':
    'Nous avons reçu une demande de suppression de votre compte {portal}. Le {date} UTC, votre profil, vos moyens de connexion et tout ce que vous avez écrit ou déposé seront effacés. D’ici là, vous pouvez annuler la demande depuis votre profil.',
  'mail.deletion.button': 'Consulter ou annuler',
  'deletion.anonymousLabel': 'Personne supprimée {tag}',
  'deletion.erasedSubject': 'Ticket n°{number}',
  'deletion.erasedConversation': 'Échange',
  'deletion.hold.person': 'Une conservation légale sur cette personne : {reason}',
  'deletion.hold.legal': 'Une conservation légale sur {account} : {reason}',
  'deletion.hold.invoice':
    '{account} a {count, plural, one {# facture impayée} other {# factures impayées}}, et vous en êtes le seul membre.',
  'mail.ssoLinkCode.subject': 'Votre code {portal} pour connecter l’authentification unique',
  'mail.ssoLinkCode.body':
    'Saisissez ce code sur la page qui vous l’a demandé pour connecter votre fournisseur d’identité à votre compte {portal}. Il fonctionne une seule fois, pendant {minutes} minutes :',
  'mail.ssoLinkCode.notYou':
    'Si vous n’avez pas tenté de vous connecter par authentification unique, ignorez cet e-mail : rien ne change.',
  'billing.retainer.overageLine': 'Dépassement approuvé du forfait d’heures « {name} », du {from} au {to} : {hours} h',
  'mail.return.status.subject':
    'Retour {number} : {status, select, requested {reçu} approved {approuvé} rejected {non accepté} received {revenu chez nous} inspected {contrôlé} refunded {remboursé} exchanged {échangé} other {mis à jour}}',
  'mail.return.status.body':
    '{account} : votre retour {number} pour la commande {order} {status, select, requested {a bien été reçu. Nous allons l’examiner et vous indiquer la suite.} approved {a été approuvé. Suivez les instructions et imprimez l’étiquette de retour depuis le portail.} rejected {n’a pas été accepté : {detail}} received {nous est bien parvenu.} inspected {a été contrôlé.} refunded {a été remboursé : {detail}.} exchanged {a été échangé. Votre article de remplacement est en route.} other {a été mis à jour.}}',
  'mail.return.status.button': 'Voir votre retour',
  'help.title': 'Centre d’aide',
  'help.home.heading': 'Comment pouvons-nous vous aider ?',
  'help.home.description': 'Réponses et guides de {name}.',
  'help.home.empty': 'Il n’y a pas encore d’articles ici.',
  'help.category.empty': 'Aucun article dans cette catégorie pour l’instant.',
  'help.status': '{status, select, draft {Brouillon} archived {Archivé} other {Publié}}',
  'help.feedback.question': 'Cet article vous a-t-il été utile ?',
  'help.feedback.yes': 'Oui',
  'help.feedback.no': 'Non',
  'help.feedback.comment': 'Dites-nous-en plus (facultatif)',
  'help.feedback.send': 'Envoyer',
  'help.feedback.thanks': 'Merci pour votre retour.',
  'help.related': 'Articles connexes',
  'help.search.label': 'Rechercher dans le centre d’aide',
  'help.search.button': 'Rechercher',
  'help.search.title': 'Recherche : {query}',
  'help.search.heading': 'Résultats pour « {query} »',
  'help.search.none': 'Aucun article ne correspond à votre recherche. Essayez d’autres mots.',
  'help.search.count': '{count, plural, one {# article trouvé} other {# articles trouvés}}',
  'help.search.more': 'Plus de résultats',
  'help.pages.label': 'Pages d’articles',
  'help.pages.previous': 'Page précédente',
  'help.pages.next': 'Page suivante',
  'help.tooMany.title': 'Trop de recherches',
  'help.tooMany.body':
    'Les recherches depuis votre réseau sont suspendues un instant. Réessayez dans une minute, ou parcourez les catégories.',
  'help.notFound.title': 'Page introuvable',
  'help.notFound.body': 'Cette page n’existe pas, ou vous devez vous connecter pour la lire.',
  'help.back': 'Retour au centre d’aide',
  'help.backToPortal': 'Retour au portail',
  'help.signIn': 'Se connecter',
  'help.footer.terms': 'Conditions d’utilisation',
  'help.footer.privacy': 'Confidentialité',
  'help.language': 'Langue',
  'help.articleLanguage': 'Cet article dans d’autres langues',
  'helpPreview.gettingStarted': 'Premiers pas',
  'helpPreview.gettingStartedText': 'Se connecter, s’y retrouver, inviter votre équipe.',
  'helpPreview.billing': 'Facturation',
  'helpPreview.billingText': 'Factures, paiements et reçus.',
  'helpPreview.documents': 'Documents',
  'helpPreview.documentsText': 'Partager et demander des fichiers.',
};
