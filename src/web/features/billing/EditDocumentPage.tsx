import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { BillingDocument } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useToast } from '../../ui/Toast.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { DocumentForm } from './DocumentForm.tsx';
import { draftFromDocument } from './document-draft.ts';
import { titleOf } from './format.tsx';

/**
 * Changes a draft in the shared editor, prefilled from the server. The save carries the version it started from
 * (If-Match): when another window saved first, the page says so and offers the latest version instead of
 * overwriting it. Whether the draft may change is the document's `update` ability, never a rule of the page.
 */
export function EditDocumentPage() {
  const { documentId } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const document = useResource<BillingDocument>(`/billing-documents/${documentId}`);
  const [stale, setStale] = useState(false);
  if (document.error) return <ErrorState error={document.error} onRetry={document.reload} />;
  if (!document.data) return <Loading />;
  const doc = document.data;
  const back = `/console/billing/${doc.id}`;
  const title = t('billing.edit.title', { document: titleOf(doc) });
  if (!doc.abilities.update)
    return (
      <>
        <PageHeader title={title} description={doc.accountName} />
        <div className="alert alert--info" role="status">
          <p>{t('billing.edit.notEditable')}</p>
          <Link to={back}>{t('billing.edit.back')}</Link>
        </div>
      </>
    );

  return (
    <>
      <PageHeader
        title={title}
        description={doc.accountName}
        actions={
          <Link className="btn btn--secondary" to={back}>
            {t('billing.edit.cancel')}
          </Link>
        }
      />
      {stale ? (
        <div className="alert alert--error" role="alert">
          <p>{t('billing.edit.stale')}</p>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setStale(false);
              document.reload();
            }}
          >
            {t('billing.edit.reload')}
          </button>
        </div>
      ) : null}
      <DocumentForm
        // A new version (reloaded after a conflict) starts the editor again from the server's values.
        key={doc.version}
        kind={doc.kind}
        currency={doc.currency}
        initial={draftFromDocument(doc)}
        submitLabel={t('billing.edit.save')}
        onSave={async (body) => {
          try {
            await api<BillingDocument>(`/billing-documents/${doc.id}`, {
              method: 'PATCH',
              ifMatch: doc.version,
              body,
            });
          } catch (caught) {
            if (caught instanceof ApiError && caught.code === 'stale_version') {
              setStale(true);
              return;
            }
            throw caught;
          }
          toast(t('billing.edit.saved'));
          navigate(back);
        }}
      />
    </>
  );
}
