import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Order, ReturnEligibility, ReturnResolution } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { fieldError, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

/**
 * Opening a return from the order page: what the server's policy allows, line by line, with the reason at once
 * when a line cannot be returned; a reason, a resolution, photos (uploaded as they are picked) and a note.
 */
export function NewReturn({ order }: { order: Order }) {
  const eligibility = useResource<ReturnEligibility>(`/orders/${order.id}/return-eligibility`);
  const navigate = useNavigate();
  const toast = useToast();
  const submit = useSubmit();
  const upload = useSubmit();
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const [resolution, setResolution] = useState<ReturnResolution | ''>('');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<{ id: string; name: string }[]>([]);
  const data = eligibility.data;
  // Switched off for the segment, or not the caller's to open (staff): the page shows no form.
  if (!data || !data.lines.length) return null;
  const choices = data.lines.filter((line) => line.available > 0);

  const onPhotos = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      await upload.run(async () => {
        const photo = await api<{ id: string }>(`/accounts/${order.accountId}/return-photos`, {
          method: 'POST',
          rawBody: file,
          contentType: file.type || 'application/octet-stream',
        });
        setPhotos((current) => [...current, { id: photo.id, name: file.name }]);
      });
    }
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    let id = '';
    const lines = Object.entries(quantities)
      .map(([index, quantity]) => ({ index: Number(index), quantity: Number(quantity) }))
      .filter((line) => line.quantity > 0);
    const ok = await submit.run(async (idempotencyKey) => {
      id = (
        await api<{ id: string }>(`/orders/${order.id}/returns`, {
          method: 'POST',
          idempotencyKey,
          body: {
            lines,
            reason,
            resolution,
            ...(note.trim() ? { note } : {}),
            photoIds: photos.map((photo) => photo.id),
          },
        })
      ).id;
    });
    if (ok) {
      toast(t('returns.new.done'));
      navigate(`/returns/${id}`);
    }
  };
  return (
    <section className="panel" aria-labelledby="order-return">
      <h2 id="order-return">{t('returns.new.title')}</h2>
      {data.windowEndsAt ? (
        <p className="muted">{t('returns.new.window', { date: formatDate(data.windowEndsAt) })}</p>
      ) : null}
      <ul className="stack">
        {data.lines
          .filter((line) => line.blockedBy)
          .map((line) => (
            <li key={line.index}>
              {line.name}: <span className="muted">{t(`returns.blocked.${line.blockedBy!}`)}</span>
            </li>
          ))}
      </ul>
      {data.abilities.create ? (
        <form onSubmit={onSubmit} noValidate className="stack form-narrow">
          <FormAlert error={submit.error} fields={['reason', 'resolution', 'photoIds', 'lines']} />
          <fieldset className="return-lines">
            <legend>{t('returns.new.items')}</legend>
            {choices.map((line) => (
              <div className="return-line" key={line.index}>
                <TextField
                  label={t('returns.new.quantityOf', { name: line.name, max: line.available })}
                  name={`lines.${line.index}.quantity`}
                  type="number"
                  min={0}
                  max={line.available}
                  inputMode="numeric"
                  value={quantities[line.index] ?? ''}
                  onChange={(event) => setQuantities({ ...quantities, [line.index]: event.target.value })}
                />
              </div>
            ))}
          </fieldset>
          <SelectField
            label={t('returns.reason')}
            name="reason"
            value={reason}
            error={submit.error}
            required
            onChange={(event) => setReason(event.target.value)}
          >
            <option value="">{t('returns.new.chooseReason')}</option>
            {data.policy.reasons.map((text) => (
              <option key={text} value={text}>
                {text}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('returns.resolution')}
            name="resolution"
            value={resolution}
            error={submit.error}
            required
            onChange={(event) => setResolution(event.target.value as ReturnResolution)}
          >
            <option value="">{t('returns.new.chooseResolution')}</option>
            {data.policy.resolutions.map((value) => (
              <option key={value} value={value}>
                {t(`returns.resolution.${value}`)}
              </option>
            ))}
          </SelectField>
          <div className={fieldError(submit.error, 'photoIds') ? 'field field--invalid' : 'field'}>
            <label htmlFor="return-photos">
              {data.policy.photosRequired ? t('returns.new.photosRequired') : t('returns.new.photos')}
            </label>
            <input
              id="return-photos"
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif,image/heic"
              multiple
              aria-invalid={fieldError(submit.error, 'photoIds') ? true : undefined}
              aria-describedby={fieldError(submit.error, 'photoIds') ? 'return-photos-error' : undefined}
              onChange={(event) => void onPhotos(event.target.files)}
            />
            {photos.length ? (
              <p className="small muted" aria-live="polite">
                {t('returns.new.photosAdded', { n: photos.length, names: photos.map((p) => p.name).join(', ') })}
              </p>
            ) : null}
            {fieldError(submit.error, 'photoIds') ? (
              <p className="field-error" id="return-photos-error">
                {fieldError(submit.error, 'photoIds')}
              </p>
            ) : null}
            <FormAlert error={upload.error} />
          </div>
          <div className="field">
            <label htmlFor="return-note">{t('returns.new.note')}</label>
            <textarea
              id="return-note"
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div>
            <button type="submit" className="btn" disabled={submit.pending || upload.pending}>
              {submit.pending ? t('common.saving') : t('returns.new.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
