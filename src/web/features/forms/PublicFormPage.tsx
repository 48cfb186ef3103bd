import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import type { Answers, PublicForm } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { Loading, usePageTitle } from '../../ui/common.tsx';
import { answerErrorsOf, FormLevel } from './FormRenderer.tsx';

/** Field errors of the answers arrive as `answers.<path>` or `<path>`: the renderer keys them by path alone. */
function answerErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(
    Object.entries(error.fieldErrors).map(([path, message]) => [path.replace(/^answers\./, ''), message]),
  );
}

/** A refused fill token (expired, or sent too soon): fetch a fresh one so the next Send works; answers stay. */
async function refreshTokenOnRefusal<T>(request: Promise<T>, reload: () => void): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.fieldErrors.fillToken) reload();
    throw error;
  }
}

/**
 * `/f/:slug`: a public form, answered without signing in (leads, claims). The visitor's details come first, then
 * the form's own fields, checked with the same schema as the server. A hidden field catches bots (the server
 * accepts and drops what fills it); the sealed fill token lets the server refuse answers sent implausibly fast.
 * When the token has expired, the form is fetched again and the answers typed so far stay.
 */
export function PublicFormPage() {
  const { slug } = useParams();
  const resource = useResource<PublicForm>(`/public-forms/${slug}`);
  const [answers, setAnswers] = useState<Answers>({});
  const [person, setPerson] = useState({ name: '', email: '', company: '' });
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const submit = useSubmit();
  const form = resource.data;
  usePageTitle(form?.name ?? t('forms.list.title'));

  if (resource.error)
    return (
      <>
        <h1>{t('forms.list.title')}</h1>
        <p role="alert">{t('forms.public.unknown')}</p>
      </>
    );
  if (!form) return <Loading />;
  if (sent)
    return (
      <>
        <h1>{form.name}</h1>
        <Notice>{t('forms.public.sent')}</Notice>
      </>
    );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = answerErrorsOf(form!.definition, answers);
    setErrors(found);
    if (Object.keys(found).length) return;
    const ok = await submit.run(() =>
      refreshTokenOnRefusal(
        api(`/public-forms/${slug}/submissions`, {
          method: 'POST',
          body: {
            name: person.name,
            email: person.email,
            ...(person.company.trim() ? { company: person.company } : {}),
            answers,
            fillToken: form!.fillToken,
            website,
          },
        }),
        resource.reload,
      ),
    );
    if (ok) setSent(true);
  }

  const shown = { ...answerErrors(submit.error), ...errors };
  return (
    <>
      <h1>{form.name}</h1>
      {form.description ? <p className="muted">{form.description}</p> : null}
      <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert error={submit.error} fields={['name', 'email', 'company', ...Object.keys(shown)]} />
        {Object.keys(errors).length ? (
          <p className="form-alert" role="alert">
            {t('forms.fill.checkAnswers')}
          </p>
        ) : null}
        <fieldset className="card stack">
          <legend className="h3">{t('forms.public.about')}</legend>
          <TextField
            label={t('forms.public.name')}
            name="name"
            autoComplete="name"
            value={person.name}
            onChange={(event) => setPerson({ ...person, name: event.target.value })}
            error={submit.error}
            required
          />
          <TextField
            label={t('forms.public.email')}
            name="email"
            type="email"
            autoComplete="email"
            value={person.email}
            onChange={(event) => setPerson({ ...person, email: event.target.value })}
            error={submit.error}
            required
          />
          <TextField
            label={t('forms.public.company')}
            name="company"
            autoComplete="organization"
            value={person.company}
            onChange={(event) => setPerson({ ...person, company: event.target.value })}
            error={submit.error}
          />
        </fieldset>
        {/* The honeypot: off-screen and out of the tab order, so only bots fill it. */}
        <div className="honeypot" aria-hidden="true">
          <label>
            {t('forms.public.honeypot')}
            <input
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={website}
              onChange={(e) => setWebsite(e.target.value)}
            />
          </label>
        </div>
        <FormLevel
          fields={form.definition.fields}
          levels={[answers]}
          path={[]}
          errors={shown}
          accountId=""
          onChange={(next) => {
            setAnswers(next);
            // Once errors are shown, they follow the answers: a fixed field stops saying it is wrong.
            if (Object.keys(errors).length) setErrors(answerErrorsOf(form.definition, next));
          }}
        />
        <div>
          <button type="submit" className="btn" disabled={submit.pending}>
            {t('forms.public.send')}
          </button>
        </div>
      </form>
    </>
  );
}
