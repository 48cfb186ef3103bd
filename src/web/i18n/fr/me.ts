import type { meMessages as en } from '../en/me.ts';

export const meMessages = {
  'profile.title': 'Profil',
  'profile.languageAuto': 'Automatique : celle du navigateur ({browser}), sinon celle de votre segment',
  'profile.languageHint':
    'La langue du portail et des e-mails que vous recevez. Elle détermine aussi l’affichage des dates et des nombres.',
  'profile.field.locale': 'Langue',
  'profile.localeHint':
    'Une balise de langue comme fr-FR, utilisée pour les dates et les nombres. Laissez vide pour utiliser celle de votre navigateur ({browser}).',
  'profile.field.timeZone': 'Fuseau horaire',
  'profile.timeZoneBrowser': 'Utiliser le fuseau horaire de mon navigateur ({zone})',
  'profile.saved': 'Profil enregistré',
  'security.title': 'Sécurité',
  'security.field.currentPassword': 'Mot de passe actuel',
  'security.password.title': 'Changer le mot de passe',
  'security.password.intro':
    'Changer votre mot de passe vous déconnecte de tous vos autres appareils. Une réinitialisation par e-mail vous déconnecte aussi partout et révoque vos jetons d’API.',
  'security.password.submit': 'Changer le mot de passe',
  'security.password.changed': 'Mot de passe modifié. Vous avez été déconnecté(e) de tous vos autres appareils.',
  'security.twoFactor.title': 'Authentification à deux facteurs',
  'security.twoFactor.on': 'Activée',
  'security.twoFactor.off': 'Désactivée',
  'security.twoFactor.intro':
    'Protégez votre connexion avec un code issu d’une application d’authentification sur votre téléphone.',
  'security.twoFactor.confirmIntro':
    'Obtenez de nouveaux codes de récupération (les anciens cessent de fonctionner) ou désactivez l’authentification à deux facteurs. Si vous vous êtes connecté(e) il y a un moment, votre mot de passe vous sera d’abord demandé.',
  'stepUp.title': 'Confirmez votre identité',
  'stepUp.intro': 'Pour cette modification, saisissez de nouveau votre mot de passe.',
  'stepUp.introCode': 'Pour cette modification, saisissez un code de votre application d’authentification.',
  'stepUp.submit': 'Confirmer',
  'stepUp.useCode': 'Utiliser plutôt un code de mon application d’authentification',
  'stepUp.usePassword': 'Utiliser plutôt mon mot de passe',
  'security.twoFactor.regenerate': 'Générer de nouveaux codes de récupération',
  'security.twoFactor.disable': 'Désactiver l’authentification à deux facteurs',
  'security.twoFactor.disabled': 'L’authentification à deux facteurs est désactivée.',
  'security.twoFactor.enabled': 'L’authentification à deux facteurs est activée.',
  'security.twoFactor.requiredNote':
    'Votre organisation exige l’authentification à deux facteurs ; elle ne peut donc pas être désactivée.',
  'sessions.title': 'Mes sessions',
  'sessions.intro': 'Les appareils sur lesquels vous êtes connecté(e). Révoquez ceux que vous ne reconnaissez pas.',
  'sessions.unknownDevice': 'Appareil inconnu',
  'sessions.browserOnOs': '{browser} sur {os}',
  'sessions.thisDevice': 'Cet appareil',
  'sessions.ip': 'IP {ip}',
  'sessions.lastSeen': 'Dernière activité {when}',
  'sessions.started': 'Connecté(e) le {when}',
  'sessions.revoke': 'Révoquer',
  'sessions.revokeNamed': 'Révoquer la session sur {device}',
  'sessions.revoked': 'Session révoquée',
} satisfies Record<keyof typeof en, string>;
