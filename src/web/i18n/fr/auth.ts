import type { authMessages as en } from '../en/auth.ts';

export const authMessages = {
  'auth.field.email': 'E-mail',
  'auth.field.password': 'Mot de passe',
  'auth.field.newPassword': 'Nouveau mot de passe',
  'auth.field.name': 'Nom',
  'auth.field.code': 'Code d’authentification',
  'auth.passwordHint': 'Au moins 10 caractères. Pas un mot de passe courant, ni votre e-mail, ni le nom de ce portail.',
  'auth.continue': 'Continuer',
  'auth.backToSignIn': 'Retour à la connexion',
  'auth.requestNewLink': 'Demander un nouveau lien',
  'auth.useAnotherAccount': 'Utiliser un autre compte',
  'auth.link.incomplete': 'Ce lien est incomplet ou a déjà été utilisé. Ouvrez de nouveau le lien reçu par e-mail.',
  'auth.notice.signedOut': 'Vous avez été déconnecté(e).',
  'auth.notice.passwordReset':
    'Votre nouveau mot de passe est enregistré. Utilisez-le dès maintenant pour vous connecter.',
  'auth.signIn.title': 'Connexion',
  'auth.signIn.heading': 'Connexion à {portal}',
  'auth.signIn.submit': 'Se connecter',
  'auth.signIn.forgot': 'Mot de passe oublié ?',
  'auth.signIn.or': 'ou',
  'auth.signIn.linkHint':
    'Pas de mot de passe ? Saisissez votre e-mail ci-dessus et nous vous enverrons un lien de connexion par e-mail.',
  'auth.signIn.sendLink': 'M’envoyer un lien de connexion',
  'auth.signIn.useSso':
    'Votre organisation vous connecte par authentification unique. Utilisez son bouton « Se connecter avec » ci-dessus.',
  'auth.signIn.useLink':
    'Votre compte se connecte avec un lien envoyé par e-mail. Utilisez plutôt « M’envoyer un lien de connexion ».',
  'auth.magicLink.sent':
    'Si cette adresse peut utiliser un lien de connexion, nous en avons envoyé un. Consultez vos e-mails.',
  'auth.magicLink.title': 'Terminer la connexion',
  'auth.magicLink.intro': 'Appuyez sur Continuer pour vous connecter sur cet appareil.',
  'auth.secondFactor.title': 'Authentification à deux facteurs',
  'auth.secondFactor.intro': 'Ouvrez votre application d’authentification pour terminer la connexion.',
  'auth.secondFactor.hint': 'Le code à 6 chiffres de votre application, ou l’un de vos codes de récupération.',
  'auth.enrol.title': 'Configurer l’authentification à deux facteurs',
  'auth.enrol.intro':
    'Votre organisation exige l’authentification à deux facteurs. Configurez-la avec une application d’authentification pour continuer.',
  'auth.reset.title': 'Réinitialiser votre mot de passe',
  'auth.reset.intro': 'Saisissez votre e-mail et nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'auth.reset.submit': 'Envoyer le lien de réinitialisation',
  'auth.reset.sent':
    'Si cette adresse correspond à un compte, nous avons envoyé un lien pour réinitialiser son mot de passe. Consultez vos e-mails.',
  'auth.resetComplete.title': 'Choisir un nouveau mot de passe',
  'auth.resetComplete.submit': 'Définir le mot de passe',
  'auth.resetComplete.intro':
    'Définir un nouveau mot de passe vous déconnecte de tous vos appareils et révoque vos jetons d’API personnels ; créez-en de nouveaux ensuite si vos intégrations en ont besoin.',
  'auth.invitation.title': 'Accepter votre invitation',
  'auth.invitation.toAccount': 'Vous êtes invité(e) à rejoindre {account} sur {portal}.',
  'auth.invitation.toStaff': 'Vous êtes invité(e) à rejoindre l’équipe {portal} en tant que {role}.',
  'auth.invitation.forEmail': 'Invitation pour {email}',
  'auth.invitation.existing': 'Vous avez déjà un accès pour cette adresse. Confirmez avec votre mot de passe.',
  'auth.invitation.existingHint': 'Votre mot de passe actuel.',
  'auth.invitation.accept': 'Accepter l’invitation',
  'auth.invitation.askAgain':
    'Les invitations expirent. Demandez à la personne qui vous a invité(e) de vous en envoyer une nouvelle.',
  'twoFactor.setup.start': 'Configurer l’authentification à deux facteurs',
  'twoFactor.setup.scan': 'Scannez ce code QR avec votre application d’authentification.',
  'twoFactor.setup.qrAlt': 'Code QR pour votre application d’authentification',
  'twoFactor.setup.manual': 'Ou saisissez cette clé manuellement :',
  'twoFactor.setup.enterCode': 'Saisissez le code à 6 chiffres affiché par votre application.',
  'twoFactor.setup.enable': 'Activer l’authentification à deux facteurs',
  'twoFactor.codes.title': 'Enregistrez vos codes de récupération',
  'twoFactor.codes.intro':
    'Chaque code vous permet de vous connecter une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne sont affichés que maintenant.',
  'twoFactor.codes.copy': 'Copier les codes',
  'twoFactor.codes.download': 'Télécharger les codes',
  'twoFactor.codes.done': 'Je les ai enregistrés',
  'twoFactor.codes.copied': 'Codes de récupération copiés',
  'twoFactor.codes.copyFailed': 'Copie impossible. Sélectionnez les codes et copiez-les vous-même.',
  'twoFactor.codes.fileHeader': 'Codes de récupération pour {portal}',
} satisfies Record<keyof typeof en, string>;
