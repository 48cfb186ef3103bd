/** Path words of the help center that a category slug must not shadow. */
export const RESERVED_SLUGS = new Set(['articles', 'search', 'assets', 'sitemap']);

/** "How do I reset my password?" -> "how-do-i-reset-my-password". Accents folded; at most 80 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'article';
}
