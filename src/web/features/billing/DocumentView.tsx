import type { BillingDocument } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';
import { day, money, StatusBadge } from './format.tsx';
import { RelatedFacts } from './RelatedDocuments.tsx';

type Line = BillingDocument['lines'][number];

/**
 * A line's description. A quote's optional line says so, and whether it is in the total; where the viewer may
 * choose (`onToggle`: the portal, for whoever may answer the quote) it is a checkbox named by the description.
 */
function LineDescription({
  line,
  onToggle,
  busy,
}: {
  line: Line;
  onToggle?: (lineId: string, selected: boolean) => void;
  busy?: boolean;
}) {
  if (!line.optional) return <>{line.description}</>;
  return (
    <div className="billing-option">
      {onToggle ? (
        <label className="billing-option__choice">
          <input
            type="checkbox"
            checked={line.selected}
            disabled={busy}
            onChange={(event) => onToggle(line.id, event.target.checked)}
          />
          <span>{line.description}</span>
        </label>
      ) : (
        <span>{line.description}</span>
      )}
      <span className="billing-option__tags">
        <Badge>{t('billing.options.optional')}</Badge>
        {line.selected ? null : <Badge tone="warning">{t('billing.options.notIncluded')}</Badge>}
      </span>
    </div>
  );
}

/** A quote, invoice or credit note as both sides read it: parties, dates, lines, taxes and totals. */
export function DocumentView({
  document,
  onToggle,
  busy,
}: {
  document: BillingDocument;
  /** The portal's answer to a quote: tick or untick an optional line (the server recomputes the totals). */
  onToggle?: (lineId: string, selected: boolean) => void;
  busy?: boolean;
}) {
  return (
    <article className="billing-doc" aria-label={t(`billing.kind.${document.kind}`)}>
      <dl className="billing-doc__facts">
        <div>
          <dt>{t('billing.col.status')}</dt>
          <dd>
            <StatusBadge document={document} />
          </dd>
        </div>
        <div>
          <dt>{t('billing.col.issued')}</dt>
          <dd>{day(document.issueDate)}</dd>
        </div>
        {document.kind === 'invoice' ? (
          <div>
            <dt>{t('billing.col.due')}</dt>
            <dd>{day(document.dueDate)}</dd>
          </div>
        ) : null}
        {document.kind === 'quote' && document.validUntil ? (
          <div>
            <dt>{t('billing.col.validUntil')}</dt>
            <dd>{day(document.validUntil)}</dd>
          </div>
        ) : null}
        <RelatedFacts document={document} />
        {document.billTo ? (
          <div>
            <dt>{t('billing.billTo')}</dt>
            <dd>
              {document.billTo.legalName}
              {document.billTo.address ? <br /> : null}
              {document.billTo.address}
              {document.billTo.taxId ? <br /> : null}
              {document.billTo.taxId}
            </dd>
          </div>
        ) : null}
      </dl>
      {document.kind === 'quote' && document.coverNote ? (
        // The proposal's opening letter, above the lines; plain text (React escapes it, line breaks kept).
        <section aria-label={t('billing.coverNote')}>
          <p className="pre-wrap">{document.coverNote}</p>
        </section>
      ) : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('billing.col.description')}>
        <table className="billing-lines">
          <thead>
            <tr>
              <th scope="col">{t('billing.col.description')}</th>
              <th scope="col" className="num">
                {t('billing.col.quantity')}
              </th>
              <th scope="col" className="num">
                {t('billing.col.unitPrice')}
              </th>
              <th scope="col" className="num">
                {t('billing.col.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {document.lines.map((line) => (
              <tr key={line.id} className={line.selected ? undefined : 'billing-line--out'}>
                <td>
                  <LineDescription line={line} onToggle={onToggle} busy={busy} />
                </td>
                <td className="num">{line.quantity}</td>
                <td className="num">{money(line.unitPrice)}</td>
                <td className="num">
                  {money({ amount: line.gross.amount - line.discountTotal.amount, currency: line.gross.currency })}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3} className="num">
                {t('billing.subtotal')}
              </th>
              <td className="num">{money(document.subtotal)}</td>
            </tr>
            {document.discountTotal.amount ? (
              <tr>
                <th scope="row" colSpan={3} className="num">
                  {t('billing.discount')}
                </th>
                <td className="num">{money({ ...document.discountTotal, amount: -document.discountTotal.amount })}</td>
              </tr>
            ) : null}
            {document.taxes.map((tax) => (
              <tr key={tax.taxRateId}>
                <th scope="row" colSpan={3} className="num">
                  {tax.name} ({tax.rate} %)
                </th>
                <td className="num">{money(tax.amount)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={3} className="num">
                {t('billing.total')}
              </th>
              <td className="num">
                <strong>{money(document.total)}</strong>
              </td>
            </tr>
            {document.amountPaid.amount || document.amountCredited.amount ? (
              <>
                {document.amountPaid.amount - document.creditApplied.amount ? (
                  <tr>
                    <th scope="row" colSpan={3} className="num">
                      {t('billing.paid')}
                    </th>
                    <td className="num">
                      {money({
                        ...document.amountPaid,
                        amount: document.amountPaid.amount - document.creditApplied.amount,
                      })}
                    </td>
                  </tr>
                ) : null}
                {document.creditApplied.amount ? (
                  <tr>
                    <th scope="row" colSpan={3} className="num">
                      {t('billing.credit.applied')}
                    </th>
                    <td className="num">{money(document.creditApplied)}</td>
                  </tr>
                ) : null}
                {document.amountCredited.amount ? (
                  <tr>
                    <th scope="row" colSpan={3} className="num">
                      {t('billing.credited')}
                    </th>
                    <td className="num">{money(document.amountCredited)}</td>
                  </tr>
                ) : null}
                <tr>
                  <th scope="row" colSpan={3} className="num">
                    {t('billing.balance')}
                  </th>
                  <td className="num">{money(document.balance)}</td>
                </tr>
              </>
            ) : null}
          </tfoot>
        </table>
      </div>
      {document.notes ? (
        <section>
          <h2 className="h3">{t('billing.notes')}</h2>
          <p className="pre-wrap">{document.notes}</p>
        </section>
      ) : null}
      {document.terms ? (
        <section>
          <h2 className="h3">{t('billing.terms')}</h2>
          <p className="pre-wrap">{document.terms}</p>
        </section>
      ) : null}
    </article>
  );
}

/** A plain link to the PDF: the browser downloads it with the session cookie (the server sends an attachment). */
export function PdfLink({ document }: { document: BillingDocument }) {
  if (!document.abilities.downloadPdf) return null;
  return (
    <a className="btn btn--secondary" href={`/api/v1/billing-documents/${document.id}/pdf`} download>
      {t('billing.downloadPdf')}
    </a>
  );
}
