import { useState } from 'react';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { KB } from './api.ts';

/** Uploads an image through the storage driver and hands back the Markdown that shows it. */
export function ImageUpload({ onUploaded }: { onUploaded: (markdown: string) => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      const image = await api<{ markdown: string }>(`${KB}/images`, {
        method: 'POST',
        rawBody: file,
        contentType: file.type || 'application/octet-stream',
      });
      onUploaded(image.markdown.replace('![]', `![${file.name.replace(/[[\]]/g, '')}]`));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="field">
      <label htmlFor="kb-image">{t('kb.editor.insertImage')}</label>
      <input
        id="kb-image"
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      <FormAlert error={error} />
    </div>
  );
}
