import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Account, Approval, BillingDocumentSummary, Document, TaskSummary } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { useDebounced } from '../../ui/useDebounced.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, GroupError, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { PageHeader, usePageTitle } from '../../ui/common.tsx';
import { ApprovalRequestFields, useApprovalRequest } from './ApprovalRequestFields.tsx';

type Subject = 'deliverable' | 'quote' | 'task';

/** The files of a deliverable: the account's shared files, or those whose name matches the search. */
function DeliverablePicker({
  accountId,
  chosen,
  onChange,
  error,
}: {
  accountId: string;
  chosen: string[];
  onChange: (ids: string[]) => void;
  error: unknown;
}) {
  const [query, setQuery] = useState('');
  const search = useDebounced(query.trim(), 300);
  const files = usePagedList<Document>(`/accounts/${accountId}/documents`, {
    limit: 100,
    ...(search ? { q: search } : { area: 'shared' }),
  });
  return (
    <fieldset className="approvers-choice">
      <legend>{t('approvals.new.files')}</legend>
      <TextField
        label={t('approvals.new.searchFiles')}
        name="fileSearch"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {files.items.length === 0 && !files.loading ? <p className="muted">{t('approvals.new.noFiles')}</p> : null}
      {files.items.map((file) => (
        <Checkbox
          key={file.id}
          label={file.name}
          checked={chosen.includes(file.id)}
          onChange={(event) =>
            onChange(event.target.checked ? [...chosen, file.id] : chosen.filter((id) => id !== file.id))
          }
        />
      ))}
      <GroupError error={error} name="documentIds" />
    </fieldset>
  );
}

/**
 * `/console/approvals/new`: ask an account for approval of a deliverable (several files, each pinned to its current
 * version), a sent quote, or a task. A single document's approval is asked from its own page.
 */
export function NewApprovalPage() {
  usePageTitle(t('approvals.new.title'));
  const navigate = useNavigate();
  const accounts = usePagedList<Account>('/accounts', { limit: 200 });
  const [accountId, setAccountId] = useState('');
  const [subject, setSubject] = useState<Subject>('deliverable');
  const [title, setTitle] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [quoteId, setQuoteId] = useState('');
  const [taskId, setTaskId] = useState('');
  const request = useApprovalRequest();
  const submit = useSubmit();
  const account = accountId || accounts.items[0]?.id || '';
  const quotes = usePagedList<BillingDocumentSummary>(subject === 'quote' && account ? '/billing-documents' : null, {
    accountId: account,
    kind: 'quote',
    status: 'sent',
    limit: 100,
  });
  const tasks = usePagedList<TaskSummary>(subject === 'task' && account ? '/tasks' : null, {
    accountId: account,
    status: 'todo,in_progress,waiting',
    limit: 100,
  });
  const chosenQuote = quoteId || quotes.items[0]?.id || '';
  const chosenTask = taskId || tasks.items[0]?.id || '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const subjectFields =
      subject === 'deliverable'
        ? { documentIds }
        : subject === 'quote'
          ? { quoteId: chosenQuote }
          : { taskId: chosenTask };
    await submit.run(async (idempotencyKey) => {
      const created = await api<Approval>(`/accounts/${account}/approvals`, {
        method: 'POST',
        idempotencyKey,
        body: { subjectType: subject, ...(title.trim() ? { title } : {}), ...subjectFields, ...request.body },
      });
      navigate(`/console/approvals/${created.id}`);
    });
  }

  const subjectChosen =
    subject === 'deliverable'
      ? documentIds.length > 0
      : subject === 'quote'
        ? Boolean(chosenQuote)
        : Boolean(chosenTask);
  return (
    <>
      <PageHeader title={t('approvals.new.title')} description={t('approvals.new.description')} />
      <form className="card stack form-narrow approval" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert
          error={submit.error}
          fields={['title', 'documentIds', 'quoteId', 'taskId', 'approverIds', 'dueDate', 'message', 'mode']}
        />
        <SelectField
          label={t('approvals.col.account')}
          name="account"
          value={account}
          onChange={(event) => {
            setAccountId(event.target.value);
            setDocumentIds([]);
            setQuoteId('');
            setTaskId('');
            request.reset();
          }}
        >
          {accounts.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('approvals.new.subject')}
          name="subjectType"
          value={subject}
          onChange={(event) => setSubject(event.target.value as Subject)}
        >
          <option value="deliverable">{t('approvals.new.subject.deliverable')}</option>
          <option value="quote">{t('approvals.new.subject.quote')}</option>
          <option value="task">{t('approvals.new.subject.task')}</option>
        </SelectField>
        {account && subject === 'deliverable' ? (
          <DeliverablePicker accountId={account} chosen={documentIds} onChange={setDocumentIds} error={submit.error} />
        ) : null}
        {subject === 'quote' ? (
          quotes.items.length ? (
            <SelectField
              label={t('approvals.new.quote')}
              name="quoteId"
              value={chosenQuote}
              error={submit.error}
              onChange={(event) => setQuoteId(event.target.value)}
            >
              {quotes.items.map((quote) => (
                <option key={quote.id} value={quote.id}>
                  {quote.number ?? quote.id}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="muted">{t('approvals.new.noQuotes')}</p>
          )
        ) : null}
        {subject === 'task' ? (
          tasks.items.length ? (
            <SelectField
              label={t('approvals.new.task')}
              name="taskId"
              value={chosenTask}
              error={submit.error}
              onChange={(event) => setTaskId(event.target.value)}
            >
              {tasks.items.map((task) => (
                <option key={task.id} value={task.id}>
                  {`${task.projectName}: ${task.title}`}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="muted">{t('approvals.new.noTasks')}</p>
          )
        ) : null}
        <TextField
          label={t('approvals.new.titleField')}
          name="title"
          hint={t('approvals.new.titleHint')}
          value={title}
          maxLength={200}
          error={submit.error}
          onChange={(event) => setTitle(event.target.value)}
        />
        {account ? (
          <ApprovalRequestFields
            accountId={account}
            staffOnly={false}
            values={request.values}
            onChange={request.setValues}
            error={submit.error}
          />
        ) : null}
        <div>
          <button
            type="submit"
            className="btn"
            disabled={submit.pending || !subjectChosen || !request.values.approverIds.length}
          >
            {t('approvals.request.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
