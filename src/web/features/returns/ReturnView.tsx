import { Link, useLocation } from 'react-router-dom';
import type { Return } from '../../../contract/index.ts';
import { API_BASE } from '../../api/client.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { money } from '../billing/format.tsx';
import { ReturnStatusBadge } from './format.tsx';

/** One return as both sides read it: its steps, lines, photos, instructions, label and refund. */
export function ReturnView({ item }: { item: Return }) {
  // The credit note billing issued for a money refund, on the viewer's side's billing page.
  const billingBase = useLocation().pathname.startsWith('/console') ? '/console/billing' : '/billing';
  return (
    <div className="order stack">
      <section className="panel" aria-labelledby="return-steps">
        <h2 id="return-steps">{t('returns.steps')}</h2>
        <ol className="order-timeline">
          {item.events.map((event, index) => (
            <li key={index} aria-current={index === item.events.length - 1 ? 'step' : undefined}>
              <ReturnStatusBadge status={event.status} />{' '}
              <time dateTime={event.at} className="small muted">
                {formatDateTime(event.at)}
              </time>
            </li>
          ))}
        </ol>
        {item.rejectionReason ? (
          <p role="note">
            <strong>{t('returns.rejectedBecause')}</strong> {item.rejectionReason}
          </p>
        ) : null}
        {item.instructions ? (
          <div className="return-instructions">
            <h3>{t('returns.instructions')}</h3>
            <p className="pre-wrap">{item.instructions}</p>
          </div>
        ) : null}
        {item.label ? (
          <p>
            <a className="btn" href={`${API_BASE}/returns/${item.id}/label/download`} download>
              {t('returns.label.download')}
            </a>
          </p>
        ) : item.status === 'approved' ? (
          <p className="muted">{t('returns.label.pending')}</p>
        ) : null}
        {item.refund ? (
          <p className="return-refund">
            <strong>{t('returns.refund.done', { amount: money(item.refund.amount) })}</strong>{' '}
            <span className="small muted">{formatDateTime(item.refund.at)}</span>
            {item.refund.note ? <span className="small muted"> · {item.refund.note}</span> : null}
            {item.refund.creditNote ? (
              <>
                {' '}
                ·{' '}
                <Link to={`${billingBase}/${item.refund.creditNote.id}`}>
                  {t('returns.refund.creditNote', { number: item.refund.creditNote.number })}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="return-items">
        <h2 id="return-items">{t('returns.items')}</h2>
        <table>
          <caption className="sr-only">{t('returns.items')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('returns.col.item')}</th>
              <th scope="col" className="num">
                {t('returns.col.requested')}
              </th>
              <th scope="col" className="num">
                {t('returns.col.quantity')}
              </th>
            </tr>
          </thead>
          <tbody>
            {item.lines.map((line) => (
              <tr key={line.index}>
                <td>
                  {line.name} <span className="small muted">{line.sku}</span>
                </td>
                <td className="num">{line.requested}</td>
                <td className="num">{line.quantity}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <strong>{t('returns.reason')}</strong> {item.reason} · <strong>{t('returns.resolution')}</strong>{' '}
          {t(`returns.resolution.${item.resolution}`)}
        </p>
        {item.note ? <p className="pre-wrap">{item.note}</p> : null}
        {item.photos.length ? (
          <ul className="return-photos" aria-label={t('returns.photos')}>
            {item.photos.map((photo, index) => (
              <li key={photo.id}>
                <a href={`${API_BASE}/returns/${item.id}/photos/${photo.id}/download`} target="_blank" rel="noreferrer">
                  <img
                    src={`${API_BASE}/returns/${item.id}/photos/${photo.id}/download`}
                    alt={t('returns.photoAlt', { n: index + 1 })}
                    width={96}
                    height={96}
                  />
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
