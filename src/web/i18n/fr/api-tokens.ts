import type { apiTokenMessages as en } from '../en/api-tokens.ts';

export const apiTokenMessages = {
  'nav.apiTokens': 'Jetons d’API',
  'apiTokens.title': 'Jetons d’API',
  'apiTokens.intro':
    'Les jetons permettent à vos propres scripts et intégrations d’utiliser l’API Portico en votre nom, avec vos droits d’accès. Envoyez-en un sous la forme « Authorization: Bearer … ». Ils ne peuvent modifier ni votre mot de passe, ni vos sessions, ni vos jetons. La réinitialisation de votre mot de passe par e-mail les révoque tous.',
  'apiTokens.create.title': 'Créer un jeton',
  'apiTokens.field.name': 'Nom du jeton',
  'apiTokens.field.nameHint': 'Ce qui l’utilise, par exemple « Synchronisation comptable ».',
  'apiTokens.field.write': 'Autoriser les modifications (portée écriture)',
  'apiTokens.field.writeHint': 'Sans cela, le jeton ne peut que lire.',
  'apiTokens.field.expires': 'Expire après (jours)',
  'apiTokens.create.submit': 'Créer le jeton',
  'apiTokens.created.title': 'Copiez votre nouveau jeton maintenant',
  'apiTokens.created.intro':
    'C’est la seule fois qu’il est affiché. Conservez-le dans les paramètres secrets de votre intégration.',
  'apiTokens.created.copy': 'Copier le jeton',
  'apiTokens.created.copied': 'Jeton copié',
  'apiTokens.created.done': 'Je l’ai conservé',
  'apiTokens.empty': 'Vous n’avez aucun jeton d’API.',
  'apiTokens.scope.read': 'lecture',
  'apiTokens.scope.write': 'écriture',
  'apiTokens.status.active': 'Actif',
  'apiTokens.status.expired': 'Expiré',
  'apiTokens.status.revoked': 'Révoqué',
  'apiTokens.meta': 'Portées : {scopes} · expire le {expires} · dernière utilisation {lastUsed}',
  'apiTokens.neverUsed': 'jamais',
  'apiTokens.revoke': 'Révoquer',
  'apiTokens.revokeNamed': 'Révoquer le jeton {name}',
  'apiTokens.revoked': 'Jeton révoqué',
} satisfies Record<keyof typeof en, string>;
