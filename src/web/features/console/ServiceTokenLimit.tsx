import { useState, type FormEvent } from 'react';
import { SERVICE_TOKEN_RPM_MAX, type ServiceToken } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import type { useStepUp } from '../me/StepUp.tsx';

/** The requests-per-minute field of a service token (create form and each live token); empty = portal default. */
export function RequestsPerMinuteField(props: {
  value: string;
  onChange: (value: string) => void;
  defaultValue: number | undefined;
  error: unknown;
  label?: string;
}) {
  return (
    <TextField
      label={props.label ?? t('serviceTokens.field.rpm')}
      hint={t('serviceTokens.field.rpmHint', {
        default: props.defaultValue === undefined ? '' : formatNumber(props.defaultValue),
        max: formatNumber(SERVICE_TOKEN_RPM_MAX),
      })}
      name="requestsPerMinute"
      type="number"
      inputMode="numeric"
      min={1}
      max={SERVICE_TOKEN_RPM_MAX}
      value={props.value}
      placeholder={props.defaultValue === undefined ? undefined : String(props.defaultValue)}
      onChange={(event) => props.onChange(event.target.value)}
      error={props.error}
    />
  );
}

/** '' → null (the portal default), else the number as typed (the server refuses what is out of bounds). */
export const rpmOf = (value: string) => (value.trim() === '' ? null : Number(value));

/** A live token's budget, changed in place (a recent proof is asked first, as for creating one). */
export function ServiceTokenLimit(props: {
  token: ServiceToken;
  defaultValue: number | undefined;
  stepUp: ReturnType<typeof useStepUp>;
  onSaved: () => void;
}) {
  const toast = useToast();
  const submission = useSubmit();
  const [value, setValue] = useState(props.token.customRequestsPerMinute?.toString() ?? '');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(() =>
      props.stepUp.run(() =>
        porticoApi.PATCH('/api/v1/service-tokens/{serviceTokenId}', {
          params: { path: { serviceTokenId: props.token.id } },
          body: { requestsPerMinute: rpmOf(value) },
        }),
      ),
    );
    if (ok) {
      toast(t('serviceTokens.rpm.saved'));
      props.onSaved();
    }
  };
  if (!props.token.abilities.update)
    return <p className="muted small">{t('serviceTokens.rpm.current', { rpm: props.token.requestsPerMinute })}</p>;
  return (
    <form className="stack" onSubmit={save} noValidate>
      <FormAlert error={submission.error} fields={['requestsPerMinute']} />
      <RequestsPerMinuteField
        label={t('serviceTokens.rpm.labelNamed', { name: props.token.name })}
        value={value}
        onChange={setValue}
        defaultValue={props.defaultValue}
        error={submission.error}
      />
      <div>
        <button type="submit" className="btn btn--secondary btn--small" disabled={submission.pending}>
          {t('serviceTokens.rpm.save')}
        </button>
      </div>
    </form>
  );
}
