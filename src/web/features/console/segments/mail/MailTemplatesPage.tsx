import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type {
  MailTemplate,
  MailTemplateList,
  MailTemplateLocale,
  MailTemplateParts,
  MailTemplatePreview,
  Segment,
} from '../../../../../contract/index.ts';
import { api } from '../../../../api/client.ts';
import { useResource, useSubmit } from '../../../../api/hooks.ts';
import { t, type MessageKey } from '../../../../i18n/index.ts';
import { useConfirm } from '../../../../ui/ConfirmDialog.tsx';
import { SelectField, TextField, fieldError } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';

const LANGUAGE_NAMES: Record<MailTemplateLocale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};
/** The reply-by-email marker (server: conversations' REPLY_MARKER): the same line in every language. */
const REPLY_MARKER = '-- Reply above this line to answer in the portal --';

/** The variables as the help lists them: a list names the fields its loop items have. */
function variableNames(variables: MailTemplate['variables']) {
  return Object.entries(variables)
    .map(([name, value]) =>
      Array.isArray(value)
        ? t('mailTemplates.editor.list', { name, fields: Object.keys(value[0] ?? {}).join(', ') })
        : name,
    )
    .join(', ');
}

const templateName = (key: string) => t(`mailTemplates.key.${key}` as MessageKey);

function PartArea({
  name,
  label,
  value,
  rows,
  error,
  onChange,
}: {
  name: 'html' | 'text';
  label: string;
  value: string;
  rows: number;
  error: unknown;
  onChange: (value: string) => void;
}) {
  const message = fieldError(error, name);
  const id = `template-${name}`;
  return (
    <div className={message ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        spellCheck={false}
        className="code-input"
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {message ? (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** One email in one language: subject, HTML and text in Liquid, a preview with sample data, a test send, reset. */
function TemplateEditor({ base, template }: { base: string; template: MailTemplate }) {
  const [current, setCurrent] = useState(template);
  const [parts, setParts] = useState<MailTemplateParts>({
    subject: template.subject,
    html: template.html,
    text: template.text,
  });
  const [preview, setPreview] = useState<MailTemplatePreview | null>(null);
  const submission = useSubmit();
  const toast = useToast();
  const confirm = useConfirm();
  const readOnly = !current.abilities.update;
  const url = `${base}/${current.key}/${current.locale}`;
  const set = (part: keyof MailTemplateParts) => (value: string) => setParts((prev) => ({ ...prev, [part]: value }));

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      const saved = await api<MailTemplate>(url, {
        method: 'PUT',
        body: parts,
        ...(current.edited ? { ifMatch: current.version } : {}),
      });
      setCurrent(saved);
      toast(t('mailTemplates.saved'));
    });
  };
  const onPreview = () =>
    submission.run(async () =>
      setPreview(await api<MailTemplatePreview>(`${url}/preview`, { method: 'POST', body: parts })),
    );
  const onTestSend = () =>
    submission.run(async () => {
      const sent = await api<{ sentTo: string }>(`${url}/test-send`, { method: 'POST', body: parts });
      toast(t('mailTemplates.testSent', { email: sent.sentTo }));
    });
  const onReset = async () => {
    if (
      !(await confirm({
        title: t('mailTemplates.confirmReset.title'),
        message: t('mailTemplates.confirmReset.message'),
        confirmLabel: t('mailTemplates.confirmReset.confirm'),
      }))
    )
      return;
    await submission.run(async () => {
      const reset = await api<MailTemplate>(url, { method: 'DELETE' });
      setCurrent(reset);
      setParts({ subject: reset.subject, html: reset.html, text: reset.text });
      setPreview(null);
      toast(t('mailTemplates.resetDone'));
    });
  };

  return (
    <div className="stack">
      <form onSubmit={onSave} noValidate className="panel stack" aria-labelledby="template-editor-heading">
        <h2 id="template-editor-heading">
          {t('mailTemplates.editor.title', {
            email: templateName(current.key),
            language: LANGUAGE_NAMES[current.locale],
          })}
        </h2>
        <p className="muted" data-testid="template-state">
          {current.edited
            ? t('mailTemplates.editor.edited')
            : current.inheritsFrom === 'firm'
              ? t('mailTemplates.editor.inheritsFirm')
              : t('mailTemplates.editor.default')}
        </p>
        <p className="muted">
          {t('mailTemplates.editor.help', {
            print: '{{ inviter }}',
            condition: '{% if … %}…{% endif %}',
            variables: variableNames(current.variables),
          })}
        </p>
        {current.required.length ? (
          <p className="muted" data-testid="template-required">
            {t('mailTemplates.editor.required', {
              variables: current.required.map((name) => `{{ ${name} }}`).join(', '),
            })}
          </p>
        ) : null}
        {current.replyMarker ? (
          <p className="muted" data-testid="template-reply-marker">
            {t('mailTemplates.editor.replyMarker', { marker: REPLY_MARKER })}
          </p>
        ) : null}
        {readOnly ? <p className="muted">{t('mailSender.readOnly')}</p> : null}
        <FormAlert error={submission.error} fields={['subject', 'html', 'text']} />
        <fieldset disabled={readOnly} className="plain">
          <div className="stack">
            <TextField
              label={t('mailTemplates.field.subject')}
              name="subject"
              spellCheck={false}
              value={parts.subject}
              onChange={(event) => set('subject')(event.target.value)}
              error={submission.error}
            />
            <PartArea
              name="html"
              label={t('mailTemplates.field.html')}
              rows={10}
              value={parts.html}
              error={submission.error}
              onChange={set('html')}
            />
            <PartArea
              name="text"
              label={t('mailTemplates.field.text')}
              rows={6}
              value={parts.text}
              error={submission.error}
              onChange={set('text')}
            />
            <div className="form-actions">
              <button type="button" className="btn btn--secondary" onClick={onPreview} disabled={submission.pending}>
                {t('mailTemplates.preview')}
              </button>
              {readOnly ? null : (
                <>
                  <button type="submit" className="btn" disabled={submission.pending}>
                    {t('mailTemplates.save')}
                  </button>
                  <button
                    type="button"
                    className="btn btn--secondary"
                    onClick={onTestSend}
                    disabled={submission.pending}
                  >
                    {t('mailTemplates.testSend')}
                  </button>
                  {current.abilities.reset ? (
                    <button type="button" className="btn btn--danger" onClick={onReset} disabled={submission.pending}>
                      {t('mailTemplates.reset')}
                    </button>
                  ) : null}
                </>
              )}
            </div>
          </div>
        </fieldset>
      </form>
      {preview ? (
        <section className="panel stack" aria-labelledby="template-preview-heading">
          <h2 id="template-preview-heading">{t('mailTemplates.previewTitle')}</h2>
          <p data-testid="template-preview-subject">
            {t('mailTemplates.previewSubject', { subject: preview.subject })}
          </p>
          {/* Sandboxed: no script runs, and the mail's styles stay out of the console. */}
          <iframe
            className="mail-template-preview"
            title={t('mailTemplates.previewFrame')}
            sandbox=""
            srcDoc={preview.html}
            data-testid="template-preview"
          />
          <pre className="mail-template-preview__text">{preview.text}</pre>
        </section>
      ) : null}
    </div>
  );
}

function EditorLoader({ base, templateKey, locale }: { base: string; templateKey: string; locale: string }) {
  const resource = useResource<MailTemplate>(`${base}/${templateKey}/${locale}`);
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return <TemplateEditor key={`${templateKey}/${locale}`} base={base} template={resource.data} />;
}

/**
 * Console > Segments > a segment > Emails, and Console > Segments > Firm-wide emails (no segment in the address):
 * the list of editable emails and the editor of the chosen one. The firm-wide versions are what staff mail and every
 * segment without its own version are sent with.
 */
export function MailTemplatesPage() {
  const { segmentId } = useParams();
  const base = segmentId ? `/segments/${segmentId}/mail-templates` : '/mail-templates';
  const segment = useResource<Segment>(segmentId ? `/segments/${segmentId}` : null);
  const list = useResource<MailTemplateList>(base);
  const [locale, setLocale] = useState<MailTemplateLocale>('en');
  const [selected, setSelected] = useState<string | null>(null);
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
  if (!list.data || (segmentId && !segment.data)) return <Loading />;
  return (
    <>
      <p>
        <Link to={segmentId ? `/console/segments/${segmentId}` : '/console/segments'}>
          {segmentId ? t('mailTemplates.back') : t('mailTemplates.firm.back')}
        </Link>
      </p>
      <PageHeader
        title={segment.data ? t('mailTemplates.title', { segment: segment.data.name }) : t('mailTemplates.firm.title')}
        description={segmentId ? t('mailTemplates.intro') : t('mailTemplates.firm.intro')}
      />
      {segmentId ? (
        <p>
          <Link to="/console/segments/emails">{t('mailTemplates.firm.link')}</Link>
        </p>
      ) : null}
      <section className="panel stack">
        <div className="form-narrow">
          <SelectField
            label={t('mailTemplates.language')}
            name="locale"
            value={locale}
            onChange={(event) => setLocale(event.target.value as MailTemplateLocale)}
          >
            {list.data.locales.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </SelectField>
        </div>
        <ul className="mail-template-list" aria-label={t('mailTemplates.column.email')}>
          {list.data.items.map((item) => (
            <li key={item.key} className="mail-template-list__item">
              <div>
                <strong>{templateName(item.key)}</strong>
                <p className="muted">
                  {t('mailTemplates.column.languages')}:{' '}
                  {item.editedLocales.length
                    ? item.editedLocales.map((code) => LANGUAGE_NAMES[code]).join(', ')
                    : t('mailTemplates.none')}
                </p>
              </div>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                aria-label={`${t('mailTemplates.edit')}: ${templateName(item.key)}`}
                onClick={() => setSelected(item.key)}
              >
                {t('mailTemplates.edit')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {selected ? (
        <EditorLoader key={`${selected}/${locale}`} base={base} templateKey={selected} locale={locale} />
      ) : null}
    </>
  );
}
