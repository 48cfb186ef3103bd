import { useState, type FormEvent } from 'react';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { useStepUp } from './StepUp.tsx';

interface Setup {
  secret: string;
  otpauthUrl: string;
  qrCodeSvg: string;
}

/**
 * Set up an authenticator app: QR code + secret, confirm with a code, then show recovery codes. `onEnabled` runs as
 * soon as the server has turned two-factor on (before the codes are acknowledged), `onDone` once they are.
 */
export function TwoFactorSetup({
  onEnabled,
  onDone,
}: {
  onEnabled?: () => void | Promise<void>;
  onDone: () => void | Promise<void>;
}) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const start = useSubmit();
  const confirm = useSubmit();
  const stepUp = useStepUp();

  if (codes) return <RecoveryCodes codes={codes} onDone={() => void onDone()} />;

  if (!setup) {
    return (
      <div className="stack">
        {stepUp.dialog}
        <FormAlert error={start.error} />
        <div>
          <button
            type="button"
            className="btn"
            disabled={start.pending}
            onClick={() =>
              void start.run(async () =>
                setSetup(await stepUp.run(() => dataOf(porticoApi.POST('/api/v1/me/two-factor/setup')))),
              )
            }
          >
            {t('twoFactor.setup.start')}
          </button>
        </div>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await confirm.run(async () => {
      const result = await stepUp.run(() =>
        dataOf(porticoApi.POST('/api/v1/me/two-factor/enable', { body: { code: code.trim() } })),
      );
      setCodes(result.recoveryCodes);
      await onEnabled?.();
    });
  };

  return (
    <div className="stack">
      {stepUp.dialog}
      <ol className="steps">
        <li>
          <p>{t('twoFactor.setup.scan')}</p>
          <img
            className="qr-code"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrCodeSvg)}`}
            alt={t('twoFactor.setup.qrAlt')}
            width={200}
            height={200}
          />
          <p className="small">
            {t('twoFactor.setup.manual')}{' '}
            <code className="secret" data-testid="totp-secret">
              {setup.secret}
            </code>
          </p>
        </li>
        <li>
          <p>{t('twoFactor.setup.enterCode')}</p>
          <FormAlert error={confirm.error} fields={['code']} />
          <form onSubmit={onSubmit} noValidate className="stack">
            <TextField
              label={t('auth.field.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={confirm.error}
            />
            <div>
              <button type="submit" className="btn" disabled={confirm.pending}>
                {t('twoFactor.setup.enable')}
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
