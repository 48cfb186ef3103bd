import MarkdownIt from 'markdown-it';

/**
 * Article Markdown. Richer than message Markdown (conversations/markdown.ts: no headings, images or tables), so
 * a separate instance with the same safety rules: `html: false` turns raw HTML into text; links must be http(s),
 * mailto or site-relative (no javascript:, data:, vbscript:, protocol-relative //host); images must be https or
 * site-relative; links to other sites open with rel="noopener noreferrer".
 */
const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;
const SAFE_IMAGE = /^(https:\/\/|\/(?!\/))/i;

md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  const href = String(token.attrGet('href') ?? '');
  if (/^(https?:)?\/\//i.test(href)) {
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('target', '_blank');
  }
  return self.renderToken(tokens, index, options);
};

const defaultImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  // validateLink already ran; images are stricter still (no plain http: mixed content, no mailto:).
  if (!SAFE_IMAGE.test(String(token.attrGet('src') ?? ''))) return md.utils.escapeHtml(token.content);
  token.attrSet('loading', 'lazy');
  return defaultImage(tokens, index, options, env, self);
};

export function renderArticleMarkdown(source: string): string {
  return md.render(source);
}

/** Plain text of an article for meta descriptions when it has no summary. */
export function plainText(source: string, max = 160): string {
  const text = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
