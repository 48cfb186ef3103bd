import { useId, useState, type FormEvent } from 'react';
import { CANNED_PLACEHOLDERS, type CannedReply } from '../../../../../contract/index.ts';
import { unpagedList, useSubmit } from '../../../../api/hooks.ts';
import { useApi } from '../../../../api/typed-hooks.ts';
import { t } from '../../../../i18n/index.ts';
import { useMe } from '../../../../session/SessionProvider.tsx';
import { Checkbox, TextField, fieldError } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { EmptyState, LoadMore } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';
import { ticketsApi } from '../../api.ts';
import { isAdmin } from '../format.ts';
import { useConfirmedDelete } from '../../../../ui/useConfirmedDelete.ts';

/** Canned replies: a title and a Markdown body with placeholders the server fills for each ticket. */
export function CannedRepliesTab() {
  const list = unpagedList(useApi('/api/v1/canned-replies'));
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="tc-canned-title" className="stack">
      <h2 id="tc-canned-title">{t('tc.settings.tab.canned')}</h2>
      <PlaceholderSheet />
      {!list.items.length && !list.loading && !list.error ? <EmptyState title={t('tc.cannedTab.empty')} /> : null}
      <ul className="tc-list">
        {list.items.map((reply) => (
          <li key={reply.id} className="panel">
            <div className="tc-list__head">
              <h3>{reply.title}</h3>
              {reply.shared ? <span className="badge badge--neutral">{t('tc.cannedTab.sharedBadge')}</span> : null}
              {reply.abilities.update ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  aria-expanded={editing === reply.id}
                  onClick={() => setEditing(editing === reply.id ? null : reply.id)}
                >
                  {t('tc.settings.edit')}
                </button>
              ) : null}
            </div>
            {editing === reply.id ? (
              <CannedForm
                reply={reply}
                onSaved={() => {
                  setEditing(null);
                  list.reload();
                }}
              />
            ) : (
              <pre className="tc-canned-body">{reply.body}</pre>
            )}
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.items.length ? list.loadMore : list.reload}
      />
      <div className="panel">
        <h3>{t('tc.cannedTab.new')}</h3>
        <CannedForm reply={null} onSaved={list.reload} />
      </div>
    </section>
  );
}

function PlaceholderSheet() {
  return (
    <details className="tc-placeholders">
      <summary>{t('tc.cannedTab.placeholders')}</summary>
      <p className="small">{t('tc.cannedTab.placeholdersHint')}</p>
      <ul>
        {CANNED_PLACEHOLDERS.map((name) => (
          <li key={name}>
            <code>{`{{${name}}}`}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

function CannedForm({ reply, onSaved }: { reply: CannedReply | null; onSaved: () => void }) {
  const me = useMe();
  const toast = useToast();
  const id = useId().replace(/:/g, '');
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [shared, setShared] = useState(reply?.shared ?? isAdmin(me.user.staffRole));
  const submission = useSubmit();
  const bodyError = fieldError(submission.error, 'body');
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      if (reply) await ticketsApi.updateCannedReply(reply.id, { title, body, shared });
      else await ticketsApi.createCannedReply({ title, body, shared });
      toast(reply ? t('common.saved') : t('tc.cannedTab.created', { title }));
      if (!reply) {
        setTitle('');
        setBody('');
      }
      onSaved();
    });
  };
  const confirmedDelete = useConfirmedDelete();
  const remove = async () => {
    if (!reply) return;
    await confirmedDelete(
      t('tc.cannedTab.deleteConfirm', { title: reply.title }),
      () => ticketsApi.deleteCannedReply(reply.id),
      onSaved,
    );
  };
  return (
    <form onSubmit={save} noValidate className="stack">
      <FormAlert error={submission.error} fields={['title', 'body']} />
      <TextField
        label={t('tc.cannedTab.title')}
        name="title"
        required
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={submission.error}
      />
      <div className={bodyError ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-body`}>{t('tc.cannedTab.body')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('tc.cannedTab.bodyHint')}
        </p>
        <textarea
          id={`${id}-body`}
          rows={6}
          value={body}
          aria-describedby={`${id}-hint`}
          aria-invalid={bodyError ? true : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        {bodyError ? <p className="field-error">{bodyError}</p> : null}
      </div>
      {isAdmin(me.user.staffRole) ? (
        <Checkbox
          label={t('tc.cannedTab.shared')}
          checked={shared}
          onChange={(event) => setShared(event.target.checked)}
        />
      ) : null}
      <div className="page-actions">
        <button type="submit" className="btn" disabled={submission.pending}>
          {reply ? t('common.save') : t('tc.cannedTab.create')}
        </button>
        {reply?.abilities.delete ? (
          <button type="button" className="btn btn--danger" onClick={() => void remove()}>
            {t('tc.settings.delete')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
