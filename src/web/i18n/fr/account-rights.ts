import type { accountRightsMessages as en, dataExportMessages as enDataExport } from '../en/account-rights.ts';

/** Account rights (issue 16): changing one's sign-in address. */
export const accountRightsMessages = {
  'profile.field.phone': 'Téléphone',
  'profile.phoneHint': 'Facultatif. Le personnel peut vous appeler au sujet de vos demandes.',
  'emailChange.title': 'Adresse de connexion',
  'emailChange.current': 'Vous vous connectez avec {email}.',
  'emailChange.intro':
    'Pour la modifier, saisissez la nouvelle adresse. Nous y envoyons un code à 6 chiffres ; l’ancienne adresse reçoit un avis avec un lien qui annule la modification pendant 7 jours. Vos autres sessions sont déconnectées.',
  'emailChange.field.newEmail': 'Nouvelle adresse e-mail',
  'emailChange.send': 'Envoyer le code',
  'emailChange.pending': 'Nous avons envoyé un code à {email}. Il n’est valable qu’une fois, jusqu’au {time}.',
  'emailChange.field.code': 'Code reçu par e-mail',
  'emailChange.confirm': 'Changer d’adresse',
  'emailChange.cancel': 'Annuler la modification',
  'emailChange.changed': 'Votre adresse de connexion est désormais {email}',
  'emailChange.undo.title': 'Annuler le changement d’adresse',
  'emailChange.undo.intro':
    'Cela rétablit votre précédente adresse de connexion et déconnecte toutes les sessions, y compris celle de l’auteur de la modification. Connectez-vous ensuite avec votre précédente adresse, et réinitialisez votre mot de passe si vous n’êtes pas sûr(e) qu’il soit toujours sûr.',
  'emailChange.undo.submit': 'Annuler la modification',
  'emailChange.undo.done':
    'Votre précédente adresse est rétablie et toutes les sessions ont été déconnectées. Reconnectez-vous.',
} satisfies Record<keyof typeof en, string>;

/** "Your data" on the profile (GDPR Art. 15/20). */
export const dataExportMessages = {
  'dataExport.title': 'Vos données',
  'dataExport.intro':
    'Téléchargez tout ce que ce portail détient à votre sujet : votre profil, vos adhésions, les messages et tickets que vous avez rédigés, vos sessions, le journal de sécurité vous concernant et les fichiers que vous avez téléversés, sous forme d’archive zip de fichiers JSON et des originaux. L’export est préparé en arrière-plan ; nous vous écrivons quand il est prêt, et le téléchargement reste disponible 7 jours.',
  'dataExport.request': 'Télécharger mes données',
  'dataExport.pending': 'Votre export est en préparation (demandé le {time}). Cette page se met à jour toute seule.',
  'dataExport.ready': 'Votre export est prêt : {size}. Le lien est valable jusqu’au {time}.',
  'dataExport.download': 'Télécharger le zip',
  'dataExport.requestAgain': 'Préparer un nouvel export',
  'dataExport.failed': 'Votre dernier export n’a pas pu être préparé. Demandez-le de nouveau.',
  'dataExport.expired': 'Votre dernier export a expiré.',
  'dataExport.requested': 'Nous préparons votre export',
} satisfies Record<keyof typeof enDataExport, string>;
