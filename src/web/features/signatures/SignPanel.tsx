import { useState, type FormEvent } from 'react';
import type { Envelope } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SignaturePad, type SignatureValue } from '../../ui/SignaturePad.tsx';
import { Checkbox, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

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
  const textFields = envelope.fields.filter((field) => field.signerId === own?.id && field.kind === 'text');

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
          body: { contentSha256: envelope.contentSha256, consent: true, signature, values },
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
        {textFields.map((field) => (
          <TextField
            key={field.id}
            label={field.label || t('signatures.field.text')}
            name={`values.${field.id}`}
            value={values[field.id] ?? ''}
            maxLength={500}
            error={submit.error}
            onChange={(event) => setValues((current) => ({ ...current, [field.id]: event.target.value }))}
          />
        ))}
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
