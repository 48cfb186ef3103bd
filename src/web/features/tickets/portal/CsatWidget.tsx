import type { Ticket, TicketRating } from '../../../../contract/index.ts';
import { formatDateTime, t } from '../../../i18n/index.ts';
import { RatingForm } from '../../rating/RatingForm.tsx';
import { ticketsApi } from '../api.ts';
import { isDone } from '../format.ts';

/** "How did we do?" on a solved or closed ticket: the form while a rating is asked for, the rating once given. */
export function CsatWidget({ ticket, onRated }: { ticket: Ticket; onRated: (rating: TicketRating) => void }) {
  if (!isDone(ticket.status)) return null;
  const given = ticket.rating?.ratedAt && ticket.rating.rating ? ticket.rating : null;
  if (given?.rating) {
    return (
      <section className="csat" aria-labelledby="csat-title">
        <h2 id="csat-title">{t('tickets.rating.title')}</h2>
        <p role="status">
          {t('tickets.rating.yours', {
            rating: t(given.rating === 'good' ? 'tickets.rating.goodShort' : 'tickets.rating.badShort'),
          })}{' '}
          {given.ratedAt ? (
            <time className="muted small" dateTime={given.ratedAt}>
              {formatDateTime(given.ratedAt)}
            </time>
          ) : null}
        </p>
        {given.comment ? <blockquote className="message__quote">{given.comment}</blockquote> : null}
      </section>
    );
  }
  if (!ticket.abilities.rate) return null;
  return (
    <section className="csat">
      <RatingForm
        initial={null}
        onSend={async (rating, comment) => {
          onRated(await ticketsApi.rate(ticket.id, rating, comment));
        }}
      />
    </section>
  );
}
