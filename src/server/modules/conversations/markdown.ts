import MarkdownIt from 'markdown-it';

/**
 * The safe Markdown subset of messages: emphasis, lists, links, code, quotes. `html: false` makes raw HTML text;
 * images, tables, headings and the rest are switched off. Links: only http(s) and mailto survive (markdown-it's
 * validateLink already drops javascript:, vbscript:, file: and most data:), and every link opens in a new tab
 * without handing the portal to the target.
 */
const md = new MarkdownIt('zero', { html: false, linkify: true, breaks: true, typographer: false }).enable([
  'paragraph',
  'newline',
  'emphasis',
  'list',
  'link',
  'linkify',
  'backticks',
  'fence',
  'code',
  'blockquote',
  'escape',
  'entity',
]);

const SAFE_LINK = /^(https?:|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
md.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  token.attrSet('rel', 'noopener noreferrer nofollow');
  token.attrSet('target', '_blank');
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Plain-text excerpt for previews, notifications and emails: Markdown markers dropped, whitespace folded. */
export function plainExcerpt(source: string, max = 140): string {
  const text = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
