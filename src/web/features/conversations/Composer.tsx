import { useId, useImperativeHandle, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { insertMention, mentionAt, type Format } from './markdown.ts';
import {
  formatMarkdown,
  MARKDOWN_TOOLS,
  MarkdownModes,
  MarkdownPreviewPane,
  MarkdownToolbar,
} from './MarkdownTools.tsx';
import { MentionList, type Mentionable } from './MentionList.tsx';
import { AttachmentPicker, type PendingAttachment } from './AttachmentPicker.tsx';

export interface ComposerValue {
  body: string;
  internal: boolean;
  attachmentIds: string[];
}

export interface ComposerHandle {
  /** Put text at the start of the message (a reply's quote) and focus the editor. */
  prepend: (text: string) => void;
  focus: () => void;
}

interface ComposerProps {
  label: string;
  submitLabel: string;
  /** Staff write internal notes with a toggle; people never see it. */
  canWriteInternal?: boolean;
  initialBody?: string;
  /** People that `@` suggests (staff); without it `@name` is plain text. */
  mentionables?: Mentionable[];
  /** Upload one file for this message; without it there is no attachment button. */
  upload?: (file: File, signal: AbortSignal) => Promise<{ id: string }>;
  /** Send; throw to keep the text (the error is shown). */
  onSubmit: (value: ComposerValue, idempotencyKey: string) => Promise<unknown>;
  onCancel?: () => void;
  ref?: Ref<ComposerHandle>;
}

/** The message editor: Markdown toolbar, write/preview, @mentions, attachments, internal-note toggle. */
export function Composer(props: ComposerProps) {
  const {
    label,
    submitLabel,
    canWriteInternal = false,
    initialBody = '',
    mentionables,
    upload,
    onSubmit,
    onCancel,
    ref,
  } = props;
  const id = useId().replace(/:/g, '');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState(initialBody);
  const [internal, setInternal] = useState(false);
  const [preview, setPreview] = useState(false);
  const [attachments, setAttachments] = useState<PendingAttachment[]>([]);
  const [mention, setMention] = useState<{ start: number; query: string; active: number } | null>(null);
  const submission = useSubmit();

  useImperativeHandle(ref, () => ({
    prepend: (text) => {
      setPreview(false);
      setBody((current) => text + current);
      requestAnimationFrame(() => {
        const el = textarea.current;
        if (!el) return;
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      });
    },
    focus: () => textarea.current?.focus(),
  }));

  const format = (kind: Format) => formatMarkdown(textarea, body, setBody, kind);

  const suggestions =
    mention && mentionables
      ? mentionables
          .filter((person) => `${person.handle} ${person.name}`.toLowerCase().includes(mention.query.toLowerCase()))
          .slice(0, 6)
      : [];

  const updateMention = (value: string, caret: number) => {
    if (!mentionables?.length) return setMention(null);
    const found = mentionAt(value, caret);
    setMention(found ? { ...found, active: 0 } : null);
  };

  const choose = (person: Mentionable) => {
    const el = textarea.current;
    if (!el || !mention) return;
    const next = insertMention(body, mention.start, el.selectionStart, person.handle);
    setBody(next.value);
    setMention(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };

  const uploading = attachments.some((item) => item.status === 'uploading');
  const empty = body.trim() === '' && !attachments.some((item) => item.status === 'done');

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (empty || uploading) return;
    const value: ComposerValue = {
      body,
      internal: canWriteInternal && internal,
      attachmentIds: attachments.flatMap((item) => (item.status === 'done' && item.id ? [item.id] : [])),
    };
    const ok = await submission.run((key) => onSubmit(value, key));
    if (ok) {
      setBody('');
      setAttachments([]);
      setPreview(false);
      setInternal(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length && mention) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setMention({ ...mention, active: (mention.active + step + suggestions.length) % suggestions.length });
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const person = suggestions[mention.active];
        if (person) choose(person);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setMention(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      const tool = MARKDOWN_TOOLS.find((item) => item.key === event.key.toLowerCase());
      if (tool) {
        event.preventDefault();
        format(tool.format);
      }
    }
  };

  const listId = `${id}-mentions`;
  const open = suggestions.length > 0 && mention !== null;
  return (
    <form className={internal ? 'composer composer--internal' : 'composer'} onSubmit={submit} noValidate>
      <FormAlert error={submission.error} fields={['body']} />
      <div className="composer__head">
        <label htmlFor={`${id}-body`} className="composer__label">
          {label}
        </label>
        <MarkdownModes preview={preview} onChange={setPreview} />
      </div>
      {preview ? (
        <MarkdownPreviewPane source={body} />
      ) : (
        <>
          <MarkdownToolbar controls={`${id}-body`} onFormat={format} />
          <div className="composer__editor">
            <textarea
              id={`${id}-body`}
              ref={textarea}
              name="body"
              rows={4}
              value={body}
              aria-describedby={`${id}-hint`}
              aria-autocomplete={mentionables?.length ? 'list' : undefined}
              aria-controls={open ? listId : undefined}
              aria-activedescendant={open && mention ? `${listId}-${mention.active}` : undefined}
              onChange={(event) => {
                setBody(event.target.value);
                updateMention(event.target.value, event.target.selectionStart);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setMention(null)}
            />
            {open && mention ? (
              <MentionList id={listId} people={suggestions} active={mention.active} onChoose={choose} />
            ) : null}
          </div>
        </>
      )}
      <p className="field-hint" id={`${id}-hint`}>
        {t('conversations.composer.hint')}
      </p>
      {upload ? <AttachmentPicker items={attachments} setItems={setAttachments} upload={upload} /> : null}
      <div className="composer__actions">
        {canWriteInternal ? (
          <label className="composer__internal">
            <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
            {t('conversations.composer.internal')}
          </label>
        ) : null}
        <span className="composer__spacer" />
        {onCancel ? (
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="btn" disabled={submission.pending || uploading || empty}>
          {submission.pending
            ? t('conversations.composer.sending')
            : internal
              ? t('conversations.composer.sendNote')
              : submitLabel}
        </button>
      </div>
    </form>
  );
}
