import { Fragment, type ReactNode } from 'react';

/**
 * A local preview of the composer's Markdown, built from React elements (never HTML strings), so it is safe by
 * construction. It covers what the toolbar writes: paragraphs, bold, italic, code, lists, quotes and links; the
 * message as sent is rendered by the server (`bodyHtml`).
 */
export function MarkdownPreview({ source }: { source: string }) {
  return <>{blocks(source)}</>;
}

function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url, window.location.origin);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

const INLINE = /(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(__[^_\n]+__)|(\*[^*\n]+\*)|(_[^_\n]+_)|(\[[^\]\n]+\]\([^)\s]+\))/;

function inline(text: string, key = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let n = 0;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const token = match[0];
    const k = `${key}-${n++}`;
    if (match[1]) out.push(<code key={k}>{token.slice(1, -1)}</code>);
    else if (match[2] || match[3]) out.push(<strong key={k}>{inline(token.slice(2, -2), k)}</strong>);
    else if (match[4] || match[5]) out.push(<em key={k}>{inline(token.slice(1, -1), k)}</em>);
    else {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const href = link ? safeHref(link[2] ?? '') : null;
      out.push(
        href ? (
          <a key={k} href={href} target="_blank" rel="noopener noreferrer nofollow">
            {inline(link?.[1] ?? '', k)}
          </a>
        ) : (
          token
        ),
      );
    }
    rest = rest.slice(match.index + token.length);
  }
  return out;
}

function withBreaks(lines: string[], key: string): ReactNode[] {
  return lines.map((line, index) => (
    <Fragment key={`${key}-${index}`}>
      {index > 0 ? <br /> : null}
      {inline(line, `${key}-${index}`)}
    </Fragment>
  ));
}

function blocks(source: string): ReactNode[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const key = `b${i}`;
    if (line.trim() === '') {
      i += 1;
    } else if (line.startsWith('```')) {
      const code: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? '').startsWith('```')) code.push(lines[i++] ?? '');
      i += 1;
      out.push(
        <pre key={key}>
          <code>{code.join('\n')}</code>
        </pre>,
      );
    } else if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i] ?? '')) quoted.push((lines[i++] ?? '').replace(/^\s*> ?/, ''));
      out.push(<blockquote key={key}>{blocks(quoted.join('\n'))}</blockquote>);
    } else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items: string[] = [];
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i] ?? '')) {
        items.push((lines[i++] ?? '').replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
      }
      const children = items.map((item, index) => <li key={index}>{inline(item, `${key}-${index}`)}</li>);
      out.push(ordered ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>);
    } else {
      const paragraph: string[] = [];
      while (
        i < lines.length &&
        (lines[i] ?? '').trim() !== '' &&
        !/^(```|\s*>|\s*([-*+]|\d+[.)])\s+)/.test(lines[i] ?? '')
      ) {
        paragraph.push(lines[i++] ?? '');
      }
      out.push(<p key={key}>{withBreaks(paragraph, key)}</p>);
    }
  }
  return out;
}
