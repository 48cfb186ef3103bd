import type { kbTranslationsMessages as english } from '../en/kb-translations.ts';

export const kbTranslationsMessages = {
  'kbTranslations.title': 'Traductions',
  'kbTranslations.intro':
    'Cet article est rédigé en {language}. Chaque autre langue a sa propre version, avec sa propre adresse, sa propre recherche et son propre état de publication.',
  'kbTranslations.none': 'Aucune traduction pour l’instant.',
  'kbTranslations.add': 'Ajouter une traduction',
  'kbTranslations.original': 'Original',
  'kbTranslations.deleteLabel': 'Supprimer la version en {language}',
  'kbTranslations.deleteTitle': 'Supprimer la version en {language} ?',
  'kbTranslations.deleteMessage':
    'Son adresse cesse de fonctionner et son historique des versions est supprimé. L’article original reste tel quel.',
  'kbTranslations.deleted': 'Traduction supprimée',
  'kbTranslations.newTitle': 'Traduire « {title} »',
  'kbTranslations.field.language': 'Langue',
  'kbTranslations.slugHint':
    'L’adresse : /help/{language}/articles/{slug}. Laissée vide, elle est créée à partir du titre.',
  'kbTranslations.publishNow': 'La publier maintenant (sinon elle reste un brouillon)',
  'kbTranslations.create': 'Créer la traduction',
  'kbTranslations.created': 'Traduction créée',
  'kbTranslations.allDone': 'Cet article existe déjà dans toutes les langues proposées par le portail.',
  'settings.field.defaultLanguage': 'Langue par défaut',
  'settings.defaultLanguageHint':
    'Pour les personnes et visiteurs dont le choix, le segment et le navigateur n’indiquent aucune langue proposée par le portail.',
} satisfies Record<keyof typeof english, string>;
