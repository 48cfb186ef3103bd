import { useRef, useState, type FormEvent, type PointerEvent } from 'react';
import type { Envelope } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

/** A drawing pad: pointer strokes on a canvas, exported as a PNG data URL (what the server embeds in the PDF). */
function DrawPad({ onChange }: { onChange: (png: string | null) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [
      ((event.clientX - box.left) * event.currentTarget.width) / box.width,
      ((event.clientY - box.top) * event.currentTarget.height) / box.height,
    ] as const;
  };
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d')!;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.strokeStyle = '#0d1a59';
    context.beginPath();
    context.moveTo(...point(event));
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d')!;
    context.lineTo(...point(event));
    context.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(canvas.current!.toDataURL('image/png'));
  };
  const clear = () => {
    const element = canvas.current!;
    element.getContext('2d')!.clearRect(0, 0, element.width, element.height);
    onChange(null);
  };
  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        width={600}
        height={180}
        aria-label={t('signatures.sign.canvas')}
        role="img"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerLeave={end}
      />
      <button type="button" className="btn btn--secondary" onClick={clear}>
        {t('signatures.sign.clear')}
      </button>
    </div>
  );
}

/**
 * The signer's form: explicit consent first, then a drawn or typed signature and their own text fields, bound to
 * the SHA-256 of the document shown above (the server refuses another: 409).
 */
export function SignPanel({ envelope, onChange }: { envelope: Envelope; onChange: (next: Envelope) => void }) {
  const toast = useToast();
  const submit = useSubmit();
  const decline = useSubmit();
  const [consent, setConsent] = useState(false);
  const [how, setHow] = useState<'draw' | 'type'>('draw');
  const [drawn, setDrawn] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const own = envelope.signers.find((signer) => signer.awaiting && envelope.abilities.sign);
  const textFields = envelope.fields.filter((field) => field.signerId === own?.id && field.kind === 'text');

  async function onSign(event: FormEvent) {
    event.preventDefault();
    if (!consent) return setProblem(t('signatures.sign.needConsent'));
    const signature =
      how === 'draw'
        ? drawn
          ? { kind: 'drawn', image: drawn }
          : null
        : typed.trim()
          ? { kind: 'typed', name: typed }
          : null;
    if (!signature) return setProblem(t('signatures.sign.needSignature'));
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
          <label>
            <input type="radio" name="how" checked={how === 'draw'} onChange={() => setHow('draw')} />{' '}
            {t('signatures.sign.draw')}
          </label>
          <label>
            <input type="radio" name="how" checked={how === 'type'} onChange={() => setHow('type')} />{' '}
            {t('signatures.sign.type')}
          </label>
        </fieldset>
        {how === 'draw' ? (
          <DrawPad onChange={setDrawn} />
        ) : (
          <TextField
            label={t('signatures.sign.typed')}
            name="typed"
            value={typed}
            maxLength={120}
            autoComplete="name"
            className="typed-signature"
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
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
