import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type { Account, Form, FormSubmission, FormSubmissionSummary } from '../../../contract/index.ts';
import { answeringFields } from '../../../contract/index.ts';
import { api, API_BASE } from '../../api/client.ts';
import { usePagedList, useResource, useSubmit, type PagedList } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { AnswerView } from './AnswerView.tsx';
import { FieldListEditor } from './FieldEditor.tsx';
import { FormSettings } from './FormSettings.tsx';

function FormList() {
  const forms = useResource<{ items: Form[] }>('/forms');
  const [showArchived, setShowArchived] = useState(false);
  const navigate = useNavigate();
  const submit = useSubmit();
  const [name, setName] = useState('');
  async function onCreate(event: FormEvent) {
    event.preventDefault();
    await submit.run(async (idempotencyKey) => {
      const form = await api<Form>('/forms', { method: 'POST', idempotencyKey, body: { name } });
      navigate(`/console/forms/${form.id}`);
    });
  }
  if (forms.error) return <ErrorState error={forms.error} onRetry={forms.reload} />;
  // The forms list is short and unpaged: shown through the same table as paged lists.
  const list: PagedList<Form> = {
    items: (forms.data?.items ?? []).filter((form) => showArchived || !form.archivedAt),
    error: undefined,
    loading: forms.loading,
    hasMore: false,
    loadMore: () => {},
    reload: forms.reload,
    setItems: () => {},
  };
  return (
    <>
      <PageHeader title={t('forms.list.title')} description={t('forms.list.consoleDescription')} />
      <div className="stack">
        {forms.data?.items.some((form) => form.archivedAt) ? (
          <Checkbox
            label={t('forms.archive.show')}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
        ) : null}
        <PagedTable
          list={list}
          caption={t('forms.list.caption')}
          rowKey={(item: Form) => item.id}
          empty={<EmptyState title={t('forms.list.empty')} />}
          columns={[
            {
              header: t('forms.col.name'),
              cell: (item: Form) => (
                <>
                  <Link to={`/console/forms/${item.id}`}>{item.name}</Link>{' '}
                  {item.archivedAt ? <Badge>{t('forms.archive.badge')}</Badge> : null}
                </>
              ),
            },
            {
              header: t('forms.col.version'),
              cell: (item: Form) => (item.publishedVersion ? String(item.publishedVersion) : t('forms.never')),
            },
            {
              header: t('forms.col.submissions'),
              className: 'num',
              cell: (item: Form) => String(item.submissionCount),
            },
          ]}
        />
        <form className="card stack" onSubmit={(event) => void onCreate(event)} noValidate>
          <h2 className="h3">{t('forms.new.title')}</h2>
          <FormAlert error={submit.error} fields={['name']} />
          <TextField
            label={t('forms.new.name')}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submit.error}
            required
          />
          <div>
            <button type="submit" className="btn" disabled={submit.pending}>
              {t('forms.new.create')}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}

function BuilderPage() {
  const { formId } = useParams();
  const resource = useResource<Form>(`/forms/${formId}`);
  const [draft, setDraft] = useState<Form | null>(null);
  const [notice, setNotice] = useState('');
  /** Edits not saved yet: publishing freezes what the server has, so save first. */
  const [changed, setChanged] = useState(false);
  const save = useSubmit();
  const form = draft ?? resource.data;
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!form) return <Loading />;

  async function onSave() {
    await save.run(async () => {
      const saved = await api<Form>(`/forms/${form!.id}`, {
        method: 'PATCH',
        ifMatch: form!.version,
        body: { name: form!.name, definition: form!.definition },
      });
      setDraft(saved);
      setChanged(false);
      setNotice(t('forms.builder.saved'));
    });
  }
  async function onArchive(archived: boolean) {
    await save.run(async () => {
      const next = await api<Form>(`/forms/${form!.id}`, {
        method: 'PATCH',
        ifMatch: form!.version,
        body: { archived },
      });
      setDraft({ ...next, definition: form!.definition });
      setNotice(t(archived ? 'forms.archive.done' : 'forms.archive.restored'));
    });
  }
  async function onPublish() {
    await save.run(async () => {
      const published = await api<Form>(`/forms/${form!.id}/publish`, { method: 'POST' });
      setDraft(published);
      setNotice(t('forms.builder.published', { version: published.publishedVersion ?? 0 }));
    });
  }
  return (
    <>
      <PageHeader
        title={form.name}
        actions={
          form.archivedAt ? (
            <Badge>{t('forms.archive.badge')}</Badge>
          ) : form.unpublishedChanges || changed ? (
            <Badge tone="warning">{t('forms.builder.unpublished')}</Badge>
          ) : (
            <Badge tone="success">{t('forms.builder.upToDate', { version: form.publishedVersion ?? 0 })}</Badge>
          )
        }
      />
      <div className="stack">
        {notice ? <Notice>{notice}</Notice> : null}
        <FormAlert error={save.error} fields={['name']} />
        <section className="stack" aria-labelledby="fields-heading">
          <h2 id="fields-heading" className="h3">
            {t('forms.builder.fields')}
          </h2>
          <FieldListEditor
            fields={form.definition.fields}
            outer={[]}
            onChange={(fields) => {
              setNotice('');
              setChanged(true);
              setDraft({ ...form, definition: { fields } });
            }}
          />
        </section>
        <div className="form-row">
          <button type="button" className="btn" disabled={save.pending} onClick={() => void onSave()}>
            {t('forms.builder.save')}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={save.pending || changed || Boolean(form.archivedAt)}
            onClick={() => void onPublish()}
          >
            {t('forms.builder.publish')}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={save.pending || changed}
            onClick={() => void onArchive(!form.archivedAt)}
          >
            {t(form.archivedAt ? 'forms.archive.restore' : 'forms.archive.archive')}
          </button>
        </div>
        <FormSettings
          form={form}
          onSaved={(saved) => {
            setNotice('');
            setDraft({ ...saved, definition: form.definition });
          }}
        />
        {form.publishedVersion && !form.archivedAt ? <AssignForm form={form} /> : null}
        <Submissions formId={form.id} />
      </div>
    </>
  );
}

function AssignForm({ form }: { form: Form }) {
  const accounts = usePagedList<Account>('/accounts', { limit: 200 });
  const [accountId, setAccountId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [done, setDone] = useState('');
  const submit = useSubmit();
  const chosen = accountId || accounts.items[0]?.id || '';
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async (idempotencyKey) => {
      await api(`/accounts/${chosen}/form-assignments`, {
        method: 'POST',
        idempotencyKey,
        body: { formId: form.id, dueDate: dueDate || null },
      });
      setDone(t('forms.assign.done', { account: accounts.items.find((item) => item.id === chosen)?.name ?? '' }));
    });
  }
  return (
    <form className="card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="h3">{t('forms.assign.title')}</h2>
      {done ? <Notice>{done}</Notice> : null}
      <FormAlert error={submit.error} fields={['dueDate']} />
      <SelectField
        label={t('forms.assign.account')}
        name="account"
        value={chosen}
        onChange={(event) => setAccountId(event.target.value)}
      >
        {accounts.items.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('forms.assign.due')}
        name="dueDate"
        type="date"
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        error={submit.error}
      />
      <div>
        <button type="submit" className="btn" disabled={submit.pending || !chosen}>
          {t('forms.assign.submit')}
        </button>
      </div>
    </form>
  );
}

function Submissions({ formId }: { formId: string }) {
  const list = usePagedList<FormSubmissionSummary>(`/forms/${formId}/submissions`);
  return (
    <section className="stack" aria-labelledby="submissions-heading">
      <div className="form-row">
        <h2 id="submissions-heading" className="h3">
          {t('forms.submissions.title')}
        </h2>
        <a className="btn btn--secondary" href={`${API_BASE}/forms/${formId}/submissions/export.csv`} download>
          {t('forms.submissions.export')}
        </a>
      </div>
      <PagedTable
        list={list}
        caption={t('forms.submissions.caption')}
        rowKey={(item) => item.id}
        empty={<EmptyState title={t('forms.submissions.empty')} />}
        columns={[
          {
            header: t('forms.submissions.at'),
            cell: (item) => (
              <Link to={`/console/forms/${formId}/submissions/${item.id}`}>{formatDateTime(item.submittedAt)}</Link>
            ),
          },
          { header: t('forms.submissions.account'), cell: (item) => item.accountName },
          { header: t('forms.submissions.by'), cell: (item) => item.submittedBy?.name ?? item.submitterEmail ?? '—' },
          { header: t('forms.submissions.version'), className: 'num', cell: (item) => String(item.versionNumber) },
        ]}
      />
    </section>
  );
}

/** One submission read with the definition of the version it answered; every answer shown as text. */
function SubmissionPage() {
  const { submissionId } = useParams();
  const resource = useResource<FormSubmission>(`/form-submissions/${submissionId}`);
  const submission = resource.data;
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!submission) return <Loading />;
  return (
    <>
      <PageHeader
        title={t('forms.submission.title', { form: submission.formName })}
        description={`${submission.accountName} · ${formatDateTime(submission.submittedAt)}`}
        actions={
          submission.taskId ? (
            <Link className="btn btn--secondary" to={`/console/tasks/${submission.taskId}`}>
              {t('collab.forms.openTask')}
            </Link>
          ) : undefined
        }
      />
      <dl className="card stack">
        {answeringFields(submission.definition.fields)
          .filter((field) => submission.answers[field.key] !== undefined)
          .map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd className="form-answer">
                <AnswerView field={field} value={submission.answers[field.key]} />
              </dd>
            </div>
          ))}
      </dl>
    </>
  );
}

/** Console: /console/forms (list, new), /console/forms/:formId (builder, assign, submissions), a submission. */
export function ConsoleForms() {
  return (
    <Routes>
      <Route index element={<FormList />} />
      <Route path=":formId" element={<BuilderPage />} />
      <Route path=":formId/submissions/:submissionId" element={<SubmissionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
