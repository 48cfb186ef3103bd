import { describe, expect, it } from 'vitest';
import { plainExcerpt, renderMarkdown } from '../../../src/server/modules/conversations/markdown.ts';

const LINK_ATTRS = 'rel="noopener noreferrer nofollow" target="_blank"';

describe('message Markdown', () => {
  it('keeps the allowed subset: emphasis, inline and fenced code, lists, quotes, line breaks', () => {
    expect(renderMarkdown('**b** _i_ `c`')).toBe('<p><strong>b</strong> <em>i</em> <code>c</code></p>\n');
    expect(renderMarkdown('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
    expect(renderMarkdown('1. first\n2. second')).toContain('<ol>');
    expect(renderMarkdown('> quoted')).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>\n');
    expect(renderMarkdown('line one\nline two')).toBe('<p>line one<br>\nline two</p>\n');
    expect(renderMarkdown('```\n<b>x</b>\n```')).toBe('<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n');
  });

  it('turns raw HTML, scripts and event handlers into text', () => {
    for (const source of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://evil"></iframe>',
      '<b onmouseover="x()">hi</b>',
      '<svg onload=alert(1)>',
    ]) {
      const html = renderMarkdown(source);
      expect(html, source).not.toMatch(/<(script|img|iframe|b|svg)[\s>]/i);
      expect(html, source).toContain('&lt;');
    }
    const anchor = renderMarkdown('<a href="https://x.example" onclick="evil()">y</a>');
    expect(anchor).not.toMatch(/<a [^>]*onclick/);
    expect(anchor).toContain('onclick=&quot;evil()&quot;');
  });

  it('drops links to javascript:, vbscript:, data: and file: (in any case, spacing or entity disguise)', () => {
    for (const source of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](  javascript:alert(1))',
      '[x](java&#115;cript:alert(1))',
      '[x](vbscript:msgbox(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](data:image/png;base64,AAAA)',
      '[x](file:///etc/passwd)',
      '<javascript:alert(1)>',
    ]) {
      expect(renderMarkdown(source), source).not.toContain('<a ');
    }
  });

  it('keeps http(s) and mailto links, and opens them in a new tab without handing over the portal', () => {
    expect(renderMarkdown('[site](https://example.com)')).toBe(
      `<p><a href="https://example.com" ${LINK_ATTRS}>site</a></p>\n`,
    );
    expect(renderMarkdown('see https://example.com/a')).toContain(
      `<a href="https://example.com/a" ${LINK_ATTRS}>https://example.com/a</a>`,
    );
    expect(renderMarkdown('[mail](mailto:a@example.com)')).toContain(
      `<a href="mailto:a@example.com" ${LINK_ATTRS}>mail</a>`,
    );
  });

  it('switches off images, headings and tables', () => {
    expect(renderMarkdown('![img](https://x.example/y.png)')).not.toContain('<img');
    expect(renderMarkdown('# heading')).toBe('<p># heading</p>\n');
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).not.toContain('<table');
  });

  it('plain excerpts drop the markers and fold whitespace', () => {
    expect(plainExcerpt('**Hello**   [there](https://x.example)\n\n```\ncode\n```\n> done')).toBe('Hello there done');
    expect(plainExcerpt('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
