import { useState, type FormEvent } from 'react';
import type { Envelope } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SignaturePad, type SignatureValue } from '../../ui/SignaturePad.tsx';
import { Checkbox, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

/** Initials of a name, as the server draws them when none are given ("Alice van Dijk": "AVD"). */
const initialsOf = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 4);

/** Empty inputs are left out: an empty initials field means the name's initials, an empty text is not given. */
const filled = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));

/**
 * The signer's form: explicit consent first, then a drawn or typed signature and their own text fields, bound to
 * the SHA-256 of the document shown above (the server refuses another: 409).
 */
export function SignPanel({ envelope, onChange }: { envelope: Envelope; onChange: (next: Envelope) => void }) {
  const toast = useToast();
  const submit = useSubmit();
  const decline = useSubmit();
  const [consent, setConsent] = useState(false);
  const [signature, setSignature] = useState<SignatureValue>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const own = envelope.signers.find((signer) => signer.awaiting && envelope.abilities.sign);
  const ownFields = envelope.fields.filter((field) => field.signerId === own?.id);
  const inputs = ownFields.filter((field) => ['text', 'checkbox', 'initials'].includes(field.kind));
  const hasDate = ownFields.some((field) => field.kind === 'date');
  const set = (id: string, value: string) => setValues((current) => ({ ...current, [id]: value }));

  async function onSign(event: FormEvent) {
    event.preventDefault();
    if (!consent) return setProblem(t('signatures.sign.needConsent'));
    if (!signature || (signature.kind === 'typed' && !signature.name.trim()))
      return setProblem(t('signatures.sign.needSignature'));
    setProblem(null);
    const ok = await submit.run(async (idempotencyKey) => {
      onChange(
        await api<Envelope>(`/signature-envelopes/${envelope.id}/signature`, {
          method: 'POST',
          idempotencyKey,
          body: { contentSha256: envelope.contentSha256, consent: true, signature, values: filled(values) },
        }),
      );
    });
    if (ok) toast(t('signatures.sign.done'));
  }
  async function onDecline(event: FormEvent) {
    event.preventDefault();
    const ok = await decline.run(async () => {
      onChange(
        await api<Envelope>(`/signature-envelopes/${envelope.id}/decline`, { method: 'POST', body: { reason } }),
      );
    });
    if (ok) toast(t('signatures.decline.done'));
  }

  return (
    <div className="stack">
      <form className="card stack sign-form" onSubmit={(event) => void onSign(event)} noValidate>
        <h2>{t('signatures.sign.title')}</h2>
        <p className="muted hash">{t('signatures.sign.hash', { hash: envelope.contentSha256 })}</p>
        <FormAlert error={submit.error} />
        {problem ? (
          <p role="alert" className="form-error">
            {problem}
          </p>
        ) : null}
        <Checkbox
          label={t('signatures.sign.consent')}
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
        />
        {inputs.map((field, index) =>
          field.kind === 'checkbox' ? (
            <Checkbox
              key={field.id}
              label={field.label || t('signatures.field.checkbox')}
              hint={field.required ? t('signatures.sign.requiredTick') : undefined}
              checked={values[field.id] === 'true'}
              onChange={(event) => set(field.id, event.target.checked ? 'true' : 'false')}
            />
          ) : (
            <TextField
              key={field.id}
              label={
                field.kind === 'initials'
                  ? `${t('signatures.sign.initials')}${inputs.filter((f) => f.kind === 'initials').length > 1 ? ` (${index + 1})` : ''}`
                  : field.label || t('signatures.field.text')
              }
              name={`values.${field.id}`}
              value={values[field.id] ?? (field.kind === 'initials' ? initialsOf(own?.name ?? '') : '')}
              maxLength={field.kind === 'initials' ? 10 : 500}
              error={submit.error}
              onChange={(event) => set(field.id, event.target.value)}
            />
          ),
        )}
        {hasDate ? <p className="field-hint">{t('signatures.sign.dateAuto')}</p> : null}
        <fieldset className="sign-how">
          <legend>{t('signatures.sign.how')}</legend>
          <SignaturePad value={signature} onChange={setSignature} />
        </fieldset>
        <div>
          <button type="submit" className="btn" disabled={submit.pending}>
            {t('signatures.sign.submit')}
          </button>
        </div>
      </form>
      <details className="card">
        <summary>{t('signatures.decline.title')}</summary>
        <form className="stack" onSubmit={(event) => void onDecline(event)} noValidate>
          <FormAlert error={decline.error} fields={['reason']} />
          <TextField
            label={t('signatures.decline.reason')}
            name="reason"
            value={reason}
            maxLength={1000}
            error={decline.error}
            onChange={(event) => setReason(event.target.value)}
          />
          <div>
            <button type="submit" className="btn btn--danger" disabled={decline.pending || !reason.trim()}>
              {t('signatures.decline.submit')}
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}
