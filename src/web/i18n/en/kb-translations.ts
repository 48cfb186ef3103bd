// An article's translations in the console, and the portal's default language (issue 14).
export const kbTranslationsMessages = {
  'kbTranslations.title': 'Translations',
  'kbTranslations.intro':
    'This article is written in {language}. Each other language has its own version, with its own address, search and publish state.',
  'kbTranslations.none': 'No translations yet.',
  'kbTranslations.add': 'Add a translation',
  'kbTranslations.original': 'Original',
  'kbTranslations.deleteLabel': 'Delete the {language} version',
  'kbTranslations.deleteTitle': 'Delete the {language} version?',
  'kbTranslations.deleteMessage':
    'Its address stops working and its version history is deleted. The original article stays as it is.',
  'kbTranslations.deleted': 'Translation deleted',
  'kbTranslations.newTitle': 'Translate “{title}”',
  'kbTranslations.field.language': 'Language',
  'kbTranslations.slugHint': 'The address: /help/{language}/articles/{slug}. Left empty, it is made from the title.',
  'kbTranslations.publishNow': 'Publish it now (otherwise it stays a draft)',
  'kbTranslations.create': 'Create translation',
  'kbTranslations.created': 'Translation created',
  'kbTranslations.allDone': 'This article exists in every language the portal offers.',
  'settings.field.defaultLanguage': 'Default language',
  'settings.defaultLanguageHint':
    'For people and visitors whose own choice, segment and browser name no language the portal offers.',
};
