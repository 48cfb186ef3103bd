import type { RefObject } from 'react';
import { t } from '../../i18n/index.ts';
import { applyFormat, type Format } from './markdown.ts';
import { MarkdownPreview } from './MarkdownPreview.tsx';

export interface MarkdownTool {
  format: Format;
  label: 'bold' | 'italic' | 'list' | 'link' | 'code' | 'quote';
  glyph: string;
  /** Ctrl/Cmd + this key applies it, where the editor handles shortcuts. */
  key?: string;
}

export const MARKDOWN_TOOLS: readonly MarkdownTool[] = [
  { format: 'bold', label: 'bold', glyph: 'B', key: 'b' },
  { format: 'italic', label: 'italic', glyph: 'I', key: 'i' },
  { format: 'list', label: 'list', glyph: '•' },
  { format: 'link', label: 'link', glyph: '[ ]( )', key: 'k' },
  { format: 'code', label: 'code', glyph: '</>' },
  { format: 'quote', label: 'quote', glyph: '❝' },
];

/** Applies one tool to the textarea's selection, then puts the caret back where the new text wants it. */
export function formatMarkdown(
  textarea: RefObject<HTMLTextAreaElement | null>,
  value: string,
  setValue: (value: string) => void,
  kind: Format,
) {
  const el = textarea.current;
  if (!el) return;
  const next = applyFormat({ value, selectionStart: el.selectionStart, selectionEnd: el.selectionEnd }, kind, {
    text: t('conversations.composer.placeholderText'),
    url: 'https://',
  });
  setValue(next.value);
  requestAnimationFrame(() => {
    el.focus();
    el.setSelectionRange(next.selectionStart, next.selectionEnd);
  });
}

/** Write / Preview switch of a Markdown editor. */
export function MarkdownModes({ preview, onChange }: { preview: boolean; onChange: (preview: boolean) => void }) {
  return (
    <div className="composer__modes" role="group" aria-label={t('conversations.composer.mode')}>
      <button type="button" className="btn-link" aria-pressed={!preview} onClick={() => onChange(false)}>
        {t('conversations.composer.write')}
      </button>
      <button type="button" className="btn-link" aria-pressed={preview} onClick={() => onChange(true)}>
        {t('conversations.composer.preview')}
      </button>
    </div>
  );
}

/** The rendered text, as the message will show it. */
export function MarkdownPreviewPane({ source }: { source: string }) {
  return (
    <div className="composer__preview message-body" role="region" aria-label={t('conversations.composer.preview')}>
      {source.trim() ? (
        <MarkdownPreview source={source} />
      ) : (
        <p className="muted">{t('conversations.composer.nothing')}</p>
      )}
    </div>
  );
}

/** The formatting buttons for the textarea `controls` names. */
export function MarkdownToolbar({
  controls,
  tools = MARKDOWN_TOOLS,
  onFormat,
}: {
  controls: string;
  tools?: readonly MarkdownTool[];
  onFormat: (kind: Format) => void;
}) {
  return (
    <div
      className="composer__toolbar"
      role="toolbar"
      aria-label={t('conversations.composer.toolbar')}
      aria-controls={controls}
    >
      {tools.map((tool) => (
        <button
          key={tool.format}
          type="button"
          className={`tool tool--${tool.format}`}
          title={t(`conversations.composer.${tool.label}`)}
          aria-label={t(`conversations.composer.${tool.label}`)}
          onClick={() => onFormat(tool.format)}
        >
          <span aria-hidden="true">{tool.glyph}</span>
        </button>
      ))}
    </div>
  );
}
