import type { kbTranslationsMessages as english } from '../en/kb-translations.ts';

export const kbTranslationsMessages = {
  'kbTranslations.title': 'Übersetzungen',
  'kbTranslations.intro':
    'Dieser Artikel ist auf {language} verfasst. Jede andere Sprache hat eine eigene Fassung mit eigener Adresse, eigener Suche und eigenem Veröffentlichungsstatus.',
  'kbTranslations.none': 'Noch keine Übersetzungen.',
  'kbTranslations.add': 'Übersetzung hinzufügen',
  'kbTranslations.original': 'Original',
  'kbTranslations.deleteLabel': '{language}-Fassung löschen',
  'kbTranslations.deleteTitle': 'Die {language}-Fassung löschen?',
  'kbTranslations.deleteMessage':
    'Ihre Adresse funktioniert dann nicht mehr, und ihr Versionsverlauf wird gelöscht. Der Originalartikel bleibt unverändert.',
  'kbTranslations.deleted': 'Übersetzung gelöscht',
  'kbTranslations.newTitle': '„{title}“ übersetzen',
  'kbTranslations.field.language': 'Sprache',
  'kbTranslations.slugHint':
    'Die Adresse: /help/{language}/articles/{slug}. Bleibt das Feld leer, wird sie aus dem Titel gebildet.',
  'kbTranslations.publishNow': 'Jetzt veröffentlichen (sonst bleibt sie ein Entwurf)',
  'kbTranslations.create': 'Übersetzung erstellen',
  'kbTranslations.created': 'Übersetzung erstellt',
  'kbTranslations.allDone': 'Dieser Artikel liegt bereits in jeder Sprache vor, die das Portal anbietet.',
  'settings.field.defaultLanguage': 'Standardsprache',
  'settings.defaultLanguageHint':
    'Für Personen und Besucher, deren eigene Wahl, Segment und Browser keine Sprache nennen, die das Portal anbietet.',
} satisfies Record<keyof typeof english, string>;
