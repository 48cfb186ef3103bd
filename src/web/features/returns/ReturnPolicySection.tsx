import { useState, type FormEvent } from 'react';
import type { ReturnPolicy, ReturnResolution } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { ErrorState, Loading } from '../../ui/common.tsx';
import { Checkbox, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

const RESOLUTIONS: ReturnResolution[] = ['refund', 'exchange', 'store_credit'];
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function PolicyForm({ segmentId, policy }: { segmentId: string; policy: ReturnPolicy }) {
  const submit = useSubmit();
  const toast = useToast();
  const [windowDays, setWindowDays] = useState(String(policy.windowDays));
  const [nonReturnable, setNonReturnable] = useState(policy.nonReturnable.join('\n'));
  const [reasons, setReasons] = useState(policy.reasons.join('\n'));
  const [resolutions, setResolutions] = useState(policy.resolutions);
  const [photosRequired, setPhotosRequired] = useState(policy.photosRequired);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit.run(() =>
      api(`/segments/${segmentId}/return-policy`, {
        method: 'PUT',
        body: {
          windowDays: Number(windowDays),
          nonReturnable: lines(nonReturnable),
          reasons: lines(reasons),
          resolutions,
          photosRequired,
        },
      }),
    );
    if (ok) toast(t('returns.policy.saved'));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormAlert error={submit.error} fields={['windowDays', 'reasons', 'resolutions']} />
      <TextField
        label={t('returns.policy.window')}
        name="windowDays"
        type="number"
        min={0}
        max={3650}
        value={windowDays}
        error={submit.error}
        onChange={(event) => setWindowDays(event.target.value)}
      />
      <div className="field">
        <label htmlFor="return-policy-skus">{t('returns.policy.nonReturnable')}</label>
        <p className="small muted" id="return-policy-skus-hint">
          {t('returns.policy.nonReturnableHint')}
        </p>
        <textarea
          id="return-policy-skus"
          aria-describedby="return-policy-skus-hint"
          rows={3}
          value={nonReturnable}
          onChange={(event) => setNonReturnable(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="return-policy-reasons">{t('returns.policy.reasons')}</label>
        <textarea
          id="return-policy-reasons"
          rows={4}
          value={reasons}
          onChange={(event) => setReasons(event.target.value)}
        />
      </div>
      <fieldset>
        <legend>{t('returns.policy.resolutions')}</legend>
        {RESOLUTIONS.map((value) => (
          <Checkbox
            key={value}
            label={t(`returns.resolution.${value}`)}
            checked={resolutions.includes(value)}
            onChange={(event) =>
              setResolutions(
                event.target.checked ? [...resolutions, value] : resolutions.filter((item) => item !== value),
              )
            }
          />
        ))}
      </fieldset>
      <Checkbox
        label={t('returns.policy.photosRequired')}
        checked={photosRequired}
        onChange={(event) => setPhotosRequired(event.target.checked)}
      />
      <div>
        <button type="submit" className="btn" disabled={submit.pending}>
          {submit.pending ? t('common.saving') : t('returns.policy.save')}
        </button>
      </div>
    </form>
  );
}

/** A segment's return policy (module returns), on the segment's page in the console. */
export function ReturnPolicySection({ segmentId }: { segmentId: string }) {
  const resource = useResource<ReturnPolicy>(`/segments/${segmentId}/return-policy`);
  return (
    <section className="panel" aria-labelledby="return-policy">
      <h2 id="return-policy">{t('returns.policy.title')}</h2>
      {resource.error ? (
        <ErrorState error={resource.error} onRetry={resource.reload} />
      ) : resource.data ? (
        <PolicyForm segmentId={segmentId} policy={resource.data} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
