import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import type { TicketRatingValue } from '../tickets/api.ts';

interface Props {
  initial: TicketRatingValue | null;
  /** Send the rating; throw to show the error. */
  onSend: (rating: TicketRatingValue, comment: string | undefined) => Promise<unknown>;
  /** h1 on the public rating page, h2 in the ticket page's widget. */
  headingLevel?: 'h1' | 'h2';
  /** Rendered instead of the form's own error alert, for errors the caller explains (expired link). */
  renderError?: (error: unknown) => ReactNode;
}

/** "How did we do?": good/bad as radio buttons, an optional comment and an explicit Send (never on load). */
export function RatingForm({ initial, onSend, headingLevel = 'h2', renderError }: Props) {
  const id = useId().replace(/:/g, '');
  const [rating, setRating] = useState<TicketRatingValue | null>(initial);
  const [comment, setComment] = useState('');
  const submission = useSubmit();
  const Heading = headingLevel;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rating) return;
    await submission.run(() => onSend(rating, comment.trim() || undefined));
  };

  const explained = submission.error ? renderError?.(submission.error) : null;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('tickets.rating.title')}</Heading>
      {explained ? (
        <div className="alert alert--error" role="alert">
          {explained}
        </div>
      ) : (
        <FormAlert error={submission.error} fields={['rating', 'comment']} />
      )}
      <fieldset className="csat__choices">
        <legend className="sr-only">{t('tickets.rating.title')}</legend>
        {(['good', 'bad'] as const).map((value) => (
          <label key={value} className="csat__choice">
            <input
              type="radio"
              name={`${id}-rating`}
              value={value}
              checked={rating === value}
              onChange={() => setRating(value)}
            />
            {t(`tickets.rating.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('tickets.rating.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn" disabled={!rating || submission.pending}>
          {submission.pending ? t('tickets.rating.sending') : t('tickets.rating.send')}
        </button>
      </div>
    </form>
  );
}
