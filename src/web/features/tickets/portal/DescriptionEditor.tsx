import { useRef, useState } from 'react';
import { t } from '../../../i18n/index.ts';
import { fieldError } from '../../../ui/Field.tsx';
import { applyFormat, type Format } from '../../conversations/markdown.ts';
import { MarkdownPreview } from '../../conversations/MarkdownPreview.tsx';

const TOOLS: { format: Format; label: 'bold' | 'italic' | 'list' | 'link' | 'code'; glyph: string }[] = [
  { format: 'bold', label: 'bold', glyph: 'B' },
  { format: 'italic', label: 'italic', glyph: 'I' },
  { format: 'list', label: 'list', glyph: '•' },
  { format: 'link', label: 'link', glyph: '[ ]( )' },
  { format: 'code', label: 'code', glyph: '</>' },
];

interface Props {
  value: string;
  onChange: (value: string) => void;
  error: unknown;
}

/**
 * The ticket description: the conversations composer's toolbar and preview, as a controlled field of the ticket
 * form (the Composer is a form of its own and cannot sit inside this one).
 */
export function DescriptionEditor({ value, onChange, error }: Props) {
  const [preview, setPreview] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const message = fieldError(error, 'body');

  const format = (kind: Format) => {
    const el = textarea.current;
    if (!el) return;
    const next = applyFormat({ value, selectionStart: el.selectionStart, selectionEnd: el.selectionEnd }, kind, {
      text: t('conversations.composer.placeholderText'),
      url: 'https://',
    });
    onChange(next.value);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.selectionStart, next.selectionEnd);
    });
  };

  return (
    <div className={message ? 'field field--invalid composer' : 'field composer'}>
      <div className="composer__head">
        <label htmlFor="ticket-body" className="composer__label">
          {t('tickets.new.description')}
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        </label>
        <div className="composer__modes" role="group" aria-label={t('conversations.composer.mode')}>
          <button type="button" className="btn-link" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('conversations.composer.write')}
          </button>
          <button type="button" className="btn-link" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('conversations.composer.preview')}
          </button>
        </div>
      </div>
      {preview ? (
        <div className="composer__preview message-body" role="region" aria-label={t('conversations.composer.preview')}>
          {value.trim() ? <MarkdownPreview source={value} /> : <p className="muted">{t('conversations.composer.nothing')}</p>}
        </div>
      ) : (
        <>
          <div className="composer__toolbar" role="toolbar" aria-label={t('conversations.composer.toolbar')} aria-controls="ticket-body">
            {TOOLS.map((tool) => (
              <button
                key={tool.format}
                type="button"
                className={`tool tool--${tool.format}`}
                title={t(`conversations.composer.${tool.label}`)}
                aria-label={t(`conversations.composer.${tool.label}`)}
                onClick={() => format(tool.format)}
              >
                <span aria-hidden="true">{tool.glyph}</span>
              </button>
            ))}
          </div>
          <textarea
            id="ticket-body"
            ref={textarea}
            name="body"
            rows={8}
            value={value}
            required
            aria-required
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? 'ticket-body-hint ticket-body-error' : 'ticket-body-hint'}
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      )}
      <p className="field-hint" id="ticket-body-hint">
        {t('tickets.new.descriptionHint')}
      </p>
      {message ? (
        <p className="field-error" id="ticket-body-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
