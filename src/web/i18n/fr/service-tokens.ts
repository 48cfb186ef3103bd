import type { serviceTokenMessages as english } from '../en/service-tokens.ts';

export const serviceTokenMessages = {
  'console.nav.integrations': 'Intégrations',
  'serviceTokens.title': 'Intégrations',
  'serviceTokens.intro':
    'Des jetons qui appartiennent au cabinet, et non à une personne : ils continuent de fonctionner lorsque leur créateur s’en va. Une intégration agit pour le cabinet dans la limite de ses accès et apparaît dans le journal d’audit comme « Intégration : nom ».',
  'serviceTokens.create.title': 'Nouveau jeton d’intégration',
  'serviceTokens.field.name': 'Nom de l’intégration',
  'serviceTokens.field.nameHint': 'Ce qui l’utilise, par exemple « Synchronisation des commandes ».',
  'serviceTokens.create.submit': 'Créer le jeton d’intégration',
  'serviceTokens.empty': 'Le cabinet n’a aucun jeton d’intégration.',
  'serviceTokens.listLabel': 'Jetons d’intégration',
  'serviceTokens.madeBy': 'Créé par {name} le {date}',
  'serviceTokens.formerStaff': 'un ancien membre de l’équipe',
  'serviceTokens.revoke.title': 'Révoquer l’intégration « {name} » ?',
  'serviceTokens.revoke.body':
    'Tout ce qui utilise ce jeton cesse de fonctionner immédiatement. Cette action est irréversible.',
  'serviceTokens.field.rpm': 'Requêtes par minute',
  'serviceTokens.field.rpmHint':
    'Laissez vide pour la valeur par défaut du portail ({default}). Au plus {max} ; au-delà, l’intégration doit patienter.',
  'serviceTokens.rpm.labelNamed': 'Requêtes par minute pour « {name} »',
  'serviceTokens.rpm.save': 'Enregistrer la limite',
  'serviceTokens.rpm.saved': 'Limite enregistrée.',
  'serviceTokens.rpm.current': 'Requêtes par minute : {rpm}',
  'serviceTokens.authorAs': 'Ce qu’elle écrit apparaît comme « {name} ».',
  'audit.integration': 'Intégration : {name}',
} satisfies Record<keyof typeof english, string>;
