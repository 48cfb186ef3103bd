/** Text edits of the composer's Markdown toolbar: pure functions over the value and the selection. */
export interface Edit {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export type Format = 'bold' | 'italic' | 'code' | 'list' | 'link' | 'quote';

function wrap(edit: Edit, before: string, after: string, placeholder: string): Edit {
  const { value, selectionStart: start, selectionEnd: end } = edit;
  const selected = value.slice(start, end);
  // Toggle off when the selection is already wrapped.
  if (value.slice(start - before.length, start) === before && value.slice(end, end + after.length) === after) {
    return {
      value: value.slice(0, start - before.length) + selected + value.slice(end + after.length),
      selectionStart: start - before.length,
      selectionEnd: end - before.length,
    };
  }
  const text = selected || placeholder;
  return {
    value: value.slice(0, start) + before + text + after + value.slice(end),
    selectionStart: start + before.length,
    selectionEnd: start + before.length + text.length,
  };
}

/** Prefix every line touched by the selection (`- `, `> `). */
function prefixLines(edit: Edit, prefix: string): Edit {
  const { value, selectionStart: start, selectionEnd: end } = edit;
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = value.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? value.length : nextBreak;
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const all = lines.every((line) => line.startsWith(prefix));
  const changed = lines.map((line) => (all ? line.slice(prefix.length) : prefix + line)).join('\n');
  return {
    value: value.slice(0, lineStart) + changed + value.slice(lineEnd),
    selectionStart: lineStart,
    selectionEnd: lineStart + changed.length,
  };
}

export function applyFormat(edit: Edit, format: Format, placeholders: { text: string; url: string }): Edit {
  switch (format) {
    case 'bold':
      return wrap(edit, '**', '**', placeholders.text);
    case 'italic':
      return wrap(edit, '_', '_', placeholders.text);
    case 'code': {
      const selected = edit.value.slice(edit.selectionStart, edit.selectionEnd);
      return selected.includes('\n') ? wrap(edit, '```\n', '\n```', '') : wrap(edit, '`', '`', placeholders.text);
    }
    case 'list':
      return prefixLines(edit, '- ');
    case 'quote':
      return prefixLines(edit, '> ');
    case 'link': {
      const { value, selectionStart: start, selectionEnd: end } = edit;
      const text = value.slice(start, end) || placeholders.text;
      const inserted = `[${text}](${placeholders.url})`;
      const urlStart = start + text.length + 3;
      return {
        value: value.slice(0, start) + inserted + value.slice(end),
        selectionStart: urlStart,
        selectionEnd: urlStart + placeholders.url.length,
      };
    }
  }
}

/** The quoted form of a message for a reply: each line prefixed with `> `, then a blank line. */
export function quoteMarkdown(author: string, body: string): string {
  const lines = body
    .trim()
    .split('\n')
    .map((line) => `> ${line}`);
  return `> **${author.replace(/([*_`[\]\\])/g, '\\$1')}:**\n${lines.join('\n')}\n\n`;
}

/** The `@word` being typed just before the caret, if any: its start index and the query after `@`. */
export function mentionAt(value: string, caret: number): { start: number; query: string } | null {
  const before = value.slice(0, caret);
  const match = /(^|[\s(])@([\p{L}\p{N}._-]{0,40})$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Replace the `@query` at `start` with `@handle ` (and return the caret after it). */
export function insertMention(
  value: string,
  start: number,
  caret: number,
  handle: string,
): { value: string; caret: number } {
  const text = `@${handle} `;
  return { value: value.slice(0, start) + text + value.slice(caret), caret: start + text.length };
}
