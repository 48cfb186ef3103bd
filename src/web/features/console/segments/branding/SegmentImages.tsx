import { useState, type FormEvent } from 'react';
import type { SegmentBranding } from '../../../../../contract/index.ts';
import { api, ApiError } from '../../../../api/client.ts';
import { useSubmit } from '../../../../api/hooks.ts';
import { formatNumber, t } from '../../../../i18n/index.ts';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { useToast } from '../../../../ui/Toast.tsx';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_BYTES = 512 * 1024;
type Image = 'logo' | 'favicon';

function ImageForm({
  branding,
  image,
  onChanged,
}: {
  branding: SegmentBranding;
  image: Image;
  onChanged: (next: SegmentBranding) => void;
}) {
  const toast = useToast();
  const submission = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const url = image === 'logo' ? branding.logoUrl : branding.faviconUrl;
  const id = `segment-${image}-file`;

  const onUpload = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      if (!file || !TYPES.includes(file.type))
        throw new ApiError({ status: 415, code: 'bad_type', title: t('settings.logo.badType') });
      if (file.size > MAX_BYTES)
        throw new ApiError({ status: 413, code: 'too_large', title: t('settings.logo.tooLarge') });
      const path = `/segments/${branding.segmentId}/branding/${image}`;
      onChanged(await api<SegmentBranding>(path, { method: 'PUT', rawBody: file, contentType: file.type }));
      setFile(null);
      toast(t('branding.uploaded'));
    });
  };
  const onRemove = async () => {
    await submission.run(async () => {
      const body = image === 'logo' ? { removeLogo: true } : { removeFavicon: true };
      onChanged(
        await api<SegmentBranding>(`/segments/${branding.segmentId}/branding`, {
          method: 'PATCH',
          body,
          ifMatch: branding.version,
        }),
      );
      toast(t('branding.removed'));
    });
  };

  return (
    <form onSubmit={onUpload} className="stack" noValidate>
      <h3>{t(`branding.${image}`)}</h3>
      {url ? (
        <img className="logo-preview" src={url} alt={t(`branding.${image}`)} />
      ) : (
        <p className="muted">{t('branding.none')}</p>
      )}
      <FormAlert error={submission.error} />
      {branding.abilities.update ? (
        <>
          <div className="field">
            <label htmlFor={id}>{t(`branding.${image}`)}</label>
            <p className="field-hint" id={`${id}-hint`}>
              {t('branding.imageHint', { size: formatNumber(512) })}
            </p>
            <input
              id={id}
              type="file"
              accept={TYPES.join(',')}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="btn" disabled={submission.pending || !file}>
              {t('branding.upload', { image })}
            </button>
            {url ? (
              <button type="button" className="btn btn--secondary" onClick={onRemove} disabled={submission.pending}>
                {t('branding.remove', { image })}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </form>
  );
}

/** The segment's own logo and favicon (raw-body PUT; the server sniffs and re-encodes them). */
export function SegmentImages({
  branding,
  onChanged,
}: {
  branding: SegmentBranding;
  onChanged: (next: SegmentBranding) => void;
}) {
  return (
    <section className="panel stack" aria-labelledby="segment-images-heading">
      <h2 id="segment-images-heading">{t('branding.images')}</h2>
      <ImageForm branding={branding} image="logo" onChanged={onChanged} />
      <ImageForm branding={branding} image="favicon" onChanged={onChanged} />
    </section>
  );
}
