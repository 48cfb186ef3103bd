import type { kbTranslationsMessages as english } from '../en/kb-translations.ts';

export const kbTranslationsMessages = {
  'kbTranslations.title': 'Traducciones',
  'kbTranslations.intro':
    'Este artículo está escrito en {language}. Cada otro idioma tiene su propia versión, con su propia dirección, búsqueda y estado de publicación.',
  'kbTranslations.none': 'Todavía no hay traducciones.',
  'kbTranslations.add': 'Añadir una traducción',
  'kbTranslations.original': 'Original',
  'kbTranslations.deleteLabel': 'Eliminar la versión en {language}',
  'kbTranslations.deleteTitle': '¿Eliminar la versión en {language}?',
  'kbTranslations.deleteMessage':
    'Su dirección deja de funcionar y se elimina su historial de versiones. El artículo original se mantiene tal cual.',
  'kbTranslations.deleted': 'Traducción eliminada',
  'kbTranslations.newTitle': 'Traducir «{title}»',
  'kbTranslations.field.language': 'Idioma',
  'kbTranslations.slugHint':
    'La dirección: /help/{language}/articles/{slug}. Si se deja vacía, se crea a partir del título.',
  'kbTranslations.publishNow': 'Publicarla ahora (si no, queda como borrador)',
  'kbTranslations.create': 'Crear la traducción',
  'kbTranslations.created': 'Traducción creada',
  'kbTranslations.allDone': 'Este artículo ya existe en todos los idiomas que ofrece el portal.',
  'settings.field.defaultLanguage': 'Idioma predeterminado',
  'settings.defaultLanguageHint':
    'Para las personas y visitantes cuya elección, segmento y navegador no indican ningún idioma que ofrezca el portal.',
} satisfies Record<keyof typeof english, string>;
