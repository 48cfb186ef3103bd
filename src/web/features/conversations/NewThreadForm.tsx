import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { fieldError } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { conversationsApi, threadPath } from './api.ts';
import { Composer } from './Composer.tsx';

/** Subject and first message of a new thread in one account; opens the thread once created. */
export function NewThreadForm({ accountId, console }: { accountId: string; console: boolean }) {
  const id = useId().replace(/:/g, '');
  const navigate = useNavigate();
  const toast = useToast();
  const [subject, setSubject] = useState('');
  const [subjectError, setSubjectError] = useState<string | undefined>(undefined);

  return (
    <div className="stack new-thread">
      <div className={subjectError ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-subject`}>{t('conversations.subject')}</label>
        <input
          id={`${id}-subject`}
          name="subject"
          value={subject}
          maxLength={200}
          required
          aria-invalid={subjectError ? true : undefined}
          aria-describedby={subjectError ? `${id}-subject-error` : undefined}
          onChange={(event) => {
            setSubject(event.target.value);
            setSubjectError(undefined);
          }}
        />
        {subjectError ? (
          <p className="field-error" id={`${id}-subject-error`}>
            {subjectError}
          </p>
        ) : null}
      </div>
      <Composer
        label={t('conversations.message')}
        submitLabel={t('conversations.start')}
        onSubmit={async (value, idempotencyKey) => {
          try {
            const thread = await conversationsApi.createThread(
              accountId,
              { subject, body: value.body },
              idempotencyKey,
            );
            toast(t('conversations.started'));
            navigate(threadPath(thread.id, console));
          } catch (error) {
            const message = fieldError(error, 'subject');
            if (message) setSubjectError(message);
            throw error;
          }
        }}
      />
    </div>
  );
}
