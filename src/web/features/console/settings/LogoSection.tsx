import { useRef, useState, type FormEvent } from 'react';
import type { PortalSettings } from '../../../../contract/index.ts';
import { api, ApiError } from '../../../api/client.ts';
import { useSubmit } from '../../../api/hooks.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { useSession } from '../../../session/SessionProvider.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { useToast } from '../../../ui/Toast.tsx';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_BYTES = 512 * 1024;

/** Upload (raw body PUT) or remove the portal logo. */
export function LogoSection({ settings, onChanged }: { settings: PortalSettings; onChanged: () => void }) {
  const { refresh } = useSession();
  const toast = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const submission = useSubmit();
  const readOnly = !settings.abilities.update;

  const done = async (message: string) => {
    await refresh();
    onChanged();
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
    toast(message);
  };

  const onUpload = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      if (!file) throw new ApiError({ status: 400, code: 'no_file', title: t('settings.logo.chooseFirst') });
      if (!TYPES.includes(file.type))
        throw new ApiError({ status: 415, code: 'bad_type', title: t('settings.logo.badType') });
      if (file.size > MAX_BYTES)
        throw new ApiError({ status: 413, code: 'too_large', title: t('settings.logo.tooLarge') });
      await api('/portal-settings/logo', { method: 'PUT', rawBody: file, contentType: file.type });
      await done(t('settings.logo.uploaded'));
    });
  };

  const onRemove = async () => {
    await submission.run(async () => {
      await api('/portal-settings', { method: 'PATCH', body: { removeLogo: true } });
      await done(t('settings.logo.removed'));
    });
  };

  return (
    <section aria-labelledby="logo-heading" className="panel">
      <h2 id="logo-heading">{t('settings.logo.title')}</h2>
      {settings.logoUrl ? (
        <img className="logo-preview" src={settings.logoUrl} alt={t('settings.logo.current')} />
      ) : (
        <p className="muted">{t('settings.logo.none')}</p>
      )}
      <FormAlert error={submission.error} />
      {readOnly ? null : (
        <form onSubmit={onUpload} className="stack form-narrow" noValidate>
          <div className="field">
            <label htmlFor="logo-file">{t('settings.logo.field')}</label>
            <p className="field-hint" id="logo-file-hint">
              {t('settings.logo.hint', { size: formatNumber(512) })}
            </p>
            <input
              ref={inputRef}
              id="logo-file"
              type="file"
              accept={TYPES.join(',')}
              aria-describedby="logo-file-hint"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="btn" disabled={submission.pending || !file}>
              {t('settings.logo.upload')}
            </button>
            {settings.logoUrl ? (
              <button type="button" className="btn btn--secondary" onClick={onRemove} disabled={submission.pending}>
                {t('settings.logo.remove')}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
