import { useRef, useState } from 'react';
import { t } from '../../../i18n/index.ts';
import { fieldError } from '../../../ui/Field.tsx';
import type { Format } from '../../conversations/markdown.ts';
import {
  formatMarkdown,
  MARKDOWN_TOOLS,
  MarkdownModes,
  MarkdownPreviewPane,
  MarkdownToolbar,
} from '../../conversations/MarkdownTools.tsx';

// The composer's tools without quoting: a new ticket has nothing to quote yet.
const TOOLS = MARKDOWN_TOOLS.filter((tool) => tool.format !== 'quote');

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

  const format = (kind: Format) => formatMarkdown(textarea, value, onChange, kind);

  return (
    <div className={message ? 'field field--invalid composer' : 'field composer'}>
      <div className="composer__head">
        <label htmlFor="ticket-body" className="composer__label">
          {t('tickets.new.description')}
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        </label>
        <MarkdownModes preview={preview} onChange={setPreview} />
      </div>
      {preview ? (
        <MarkdownPreviewPane source={value} />
      ) : (
        <>
          <MarkdownToolbar controls="ticket-body" tools={TOOLS} onFormat={format} />
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
