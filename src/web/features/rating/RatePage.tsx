import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../ui/common.tsx';
import { Notice } from '../../ui/FormAlert.tsx';
import { ticketsApi, type TicketRatingValue } from '../tickets/api.ts';
import { RatingForm } from './RatingForm.tsx';

/** The fragment of the emailed link: `#token=...&rating=good|bad` (a fragment never reaches server logs). */
function readFragment(): { token: string | null; rating: TicketRatingValue | null } {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token');
  const rating = params.get('rating');
  return {
    token: token && token.length >= 20 && token.length <= 200 ? token : null,
    rating: rating === 'good' || rating === 'bad' ? rating : null,
  };
}

function linkProblem(error: unknown) {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 410) return <p>{t('tickets.rate.expired')}</p>;
  if (error.status === 404) return <p>{t('tickets.rate.unknown')}</p>;
  return null;
}

/**
 * `/rate#token=...&rating=good`: the one-click link from the satisfaction email. Nothing is sent on load (mail
 * scanners open links): the choice is pre-selected and the customer presses Send. No sign-in needed.
 */
export function RatePage() {
  usePageTitle(t('tickets.rate.title'));
  // Read once: the fragment is cleared from the address bar so the token does not linger in history.
  const [fragment] = useState(readFragment);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    if (window.location.hash)
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);

  if (!fragment.token) {
    return (
      <>
        <h1>{t('tickets.rate.title')}</h1>
        <p role="alert">{t('tickets.rate.missing')}</p>
        <p>
          <Link to="/sign-in">{t('tickets.rate.signIn')}</Link>
        </p>
      </>
    );
  }
  if (sent) {
    return (
      <>
        <h1>{t('tickets.rate.title')}</h1>
        <Notice>{t('tickets.rating.thanks')}</Notice>
      </>
    );
  }
  const token = fragment.token;
  return (
    <>
      <h1>{t('tickets.rate.title')}</h1>
      <p className="muted">{t('tickets.rate.intro')}</p>
      <RatingForm
        initial={fragment.rating}
        renderError={linkProblem}
        onSend={async (rating, comment) => {
          await ticketsApi.rateByToken(token, rating, comment);
          setSent(true);
        }}
      />
    </>
  );
}
