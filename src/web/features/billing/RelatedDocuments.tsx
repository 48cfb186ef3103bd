import { Link, useLocation } from 'react-router-dom';
import type { BillingDocument, RelatedDocument } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { titleOf } from './format.tsx';

/** Where a document's page lives for the viewer: the console's or the portal's billing. */
function useDocumentHref() {
  const console = useLocation().pathname.startsWith('/console');
  return (id: string) => (console ? `/console/billing/${id}` : `/billing/${id}`);
}

const statusOf = (doc: RelatedDocument) => (doc.status === 'sent' ? '' : ` (${t(`billing.status.${doc.status}`)})`);

/**
 * The number history of a document, as `<div>` rows of its facts list: the invoice a credit note credits, the voided
 * invoice a reissue replaces, an invoice's credit notes and its replacement; an invoice's quote and the quote's invoice.
 */
export function RelatedFacts({ document }: { document: BillingDocument }) {
  const href = useDocumentHref();
  const link = (doc: RelatedDocument) => (
    <Link to={href(doc.id)}>
      {titleOf(doc)}
      {statusOf(doc)}
    </Link>
  );
  return (
    <>
      {document.related ? (
        <div>
          <dt>
            {t(
              document.kind === 'credit_note'
                ? 'billing.related.credits'
                : document.related.kind === 'quote'
                  ? 'billing.related.fromQuote'
                  : 'billing.related.replaces',
            )}
          </dt>
          <dd>{link(document.related)}</dd>
        </div>
      ) : null}
      {document.creditNotes.length ? (
        <div>
          <dt>{t('billing.related.creditNotes')}</dt>
          <dd>
            <ul className="billing-doc__links">
              {document.creditNotes.map((note) => (
                <li key={note.id}>{link(note)}</li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {document.replacedBy ? (
        <div>
          <dt>{t(document.kind === 'quote' ? 'billing.related.invoicedAs' : 'billing.related.replacedBy')}</dt>
          <dd>{link(document.replacedBy)}</dd>
        </div>
      ) : null}
    </>
  );
}
