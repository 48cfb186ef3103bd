import type { ssoMessages as en } from '../en/sso.ts';

/** Single sign-on (modules/sso): sign-in buttons, linking an existing person, and the console's providers. */
export const ssoMessages = {
  'signInMethod.sso': 'Authentification unique (OpenID Connect)',
  'sso.policyHint':
    'Mot de passe et liens de connexion : cochez ces deux options. SSO uniquement : cochez seulement l’authentification unique. SSO ou mot de passe : cochez les deux. Ajoutez le fournisseur sous Console › Authentification unique.',
  'sso.button': 'Se connecter avec {name}',
  'sso.error.invalid_state': 'Cette connexion n’a pas été lancée ici, a expiré ou a déjà été utilisée. Réessayez.',
  'sso.error.provider_error': 'La réponse de votre fournisseur d’identité n’a pas pu être vérifiée. Réessayez.',
  'sso.error.email_not_verified':
    'Votre fournisseur d’identité n’a pas confirmé votre adresse e-mail ; il ne peut donc pas vous connecter.',
  'sso.error.domain_not_allowed':
    'Le domaine de votre adresse e-mail n’est pas autorisé à se connecter avec ce fournisseur.',
  'sso.error.not_invited': 'Vous n’avez pas encore accès à ce portail. Demandez une invitation.',
  'sso.error.not_allowed': 'Ce fournisseur ne vous connecte pas ici. Utilisez votre mode de connexion habituel.',
  'sso.error.link_needs_password':
    'Vous avez déjà un compte. Connectez-vous avec un lien envoyé par e-mail et définissez d’abord un mot de passe, puis utilisez l’authentification unique.',
  'sso.error.unknown_provider': 'Ce fournisseur de connexion n’existe plus.',
  'sso.link.title': 'Associer l’authentification unique',
  'sso.link.intro':
    'Un compte avec cette adresse e-mail existe déjà. Saisissez son mot de passe une fois pour l’associer à votre fournisseur d’identité.',
  'sso.link.submit': 'Associer et se connecter',
  'sso.link.missing': 'Ce lien est incomplet. Relancez l’authentification unique depuis la page de connexion.',
  'sso.console.nav': 'Authentification unique',
  'sso.console.title': 'Authentification unique',
  'sso.console.intro':
    'Fournisseurs OpenID Connect : un pour le personnel, et un ou plusieurs pour les personnes d’un segment. Enregistrez l’URI de redirection affichée pour chaque fournisseur auprès de votre fournisseur d’identité.',
  'sso.console.empty': 'Aucun fournisseur pour l’instant.',
  'sso.console.add': 'Ajouter un fournisseur',
  'sso.console.edit': 'Modifier {name}',
  'sso.field.name': 'Nom sur le bouton',
  'sso.field.issuer': 'URL de l’émetteur',
  'sso.field.issuerHint': 'Son document de découverte est lu depuis /.well-known/openid-configuration.',
  'sso.field.clientId': 'Identifiant client',
  'sso.field.clientSecret': 'Secret client',
  'sso.field.clientSecretKeep': 'Laissez vide pour conserver le secret enregistré (il n’est jamais affiché).',
  'sso.field.scopes': 'Portées (séparées par des espaces)',
  'sso.field.emailClaim': 'Revendication contenant l’e-mail',
  'sso.field.allowedDomains': 'Domaines e-mail autorisés (séparés par des virgules)',
  'sso.field.audience': 'Qui l’utilise pour se connecter',
  'sso.audience.staff': 'Personnel du cabinet',
  'sso.audience.segment': 'Personnes d’un segment',
  'sso.field.segment': 'Segment',
  'sso.field.jit': 'Créer les personnes à leur première connexion (domaine compte rôle, un par ligne)',
  'sso.field.jitHint': 'Par exemple : acme.example 0190… member. Sinon, les personnes doivent déjà avoir un compte.',
  'sso.col.name': 'Nom',
  'sso.col.for': 'Pour',
  'sso.col.redirect': 'URI de redirection',
  'sso.save': 'Enregistrer le fournisseur',
  'sso.test': 'Tester la découverte',
  'sso.tested.ok': 'Découverte réussie : {issuer}',
  'sso.tested.failed': 'Échec de la découverte : {message}',
  'sso.delete': 'Retirer',
  'sso.saved': 'Fournisseur enregistré.',
} satisfies Record<keyof typeof en, string>;
