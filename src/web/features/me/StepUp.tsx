import { useCallback, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Dialog } from '../documents/Dialog.tsx';
import { passkeysSupported, proveWithPasskey } from './passkeys.ts';

interface Waiting {
  resume: () => void;
  cancel: () => void;
}

/**
 * Step-up for sensitive changes (2FA, recovery codes, API tokens). `run(action)` calls the action; when the
 * server answers 403 `reauthentication_required`, a dialog asks for the password (or an authenticator code),
 * proves it, and the action runs again. Cancelling rejects with the server's refusal, which the form then shows.
 * Render `dialog` in the page.
 */
export function useStepUp(): { run: <T>(action: () => Promise<T>) => Promise<T>; dialog: ReactNode } {
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'reauthentication_required')) throw error;
      await new Promise<void>((resolve, reject) =>
        setWaiting({
          resume: () => {
            setWaiting(null);
            resolve();
          },
          cancel: () => {
            setWaiting(null);
            reject(error);
          },
        }),
      );
      return action();
    }
  }, []);
  const dialog = waiting ? <ReauthenticateDialog onDone={waiting.resume} onCancel={waiting.cancel} /> : null;
  return { run, dialog };
}

function ReauthenticateDialog({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { me } = useSession();
  const canUseCode = me?.user.twoFactorEnabled ?? false;
  const [useCode, setUseCode] = useState(false);
  const [secret, setSecret] = useState('');
  const submission = useSubmit();

  const submit = async () => {
    const ok = await submission.run(() =>
      porticoApi.POST('/api/v1/me/reauthenticate', {
        body: useCode ? { code: secret.trim() } : { password: secret },
        authRedirect: false,
      }),
    );
    if (ok) onDone();
  };

  return (
    <Dialog
      title={t('stepUp.title')}
      submitLabel={t('stepUp.submit')}
      pending={submission.pending}
      error={submission.error}
      fields={['password', 'code']}
      onSubmit={() => void submit()}
      onClose={onCancel}
    >
      <p>{useCode ? t('stepUp.introCode') : t('stepUp.intro')}</p>
      {useCode ? (
        <TextField
          key="code"
          label={t('auth.field.code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          autoFocus
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          error={submission.error}
        />
      ) : (
        <TextField
          key="password"
          label={t('auth.field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          error={submission.error}
        />
      )}
      {passkeysSupported() ? (
        <p className="small">
          <button
            type="button"
            className="btn-link"
            disabled={submission.pending}
            onClick={() => void submission.run(() => proveWithPasskey()).then((ok) => ok && onDone())}
          >
            {t('stepUp.usePasskey')}
          </button>
        </p>
      ) : null}
      {canUseCode ? (
        <p className="small">
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              setUseCode(!useCode);
              setSecret('');
            }}
          >
            {useCode ? t('stepUp.usePassword') : t('stepUp.useCode')}
          </button>
        </p>
      ) : null}
    </Dialog>
  );
}
