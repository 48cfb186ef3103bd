import { useState, type FormEvent } from 'react';
import type { Passkey } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { formatDate, formatRelative, t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Dialog } from '../documents/Dialog.tsx';
import { passkeysSupported, registerPasskey } from './passkeys.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { useStepUp } from './StepUp.tsx';

function RenameDialog({ passkey, onDone, onClose }: { passkey: Passkey; onDone: () => void; onClose: () => void }) {
  const [name, setName] = useState(passkey.name);
  const submission = useSubmit();
  const submit = async () => {
    const ok = await submission.run(() =>
      porticoApi.PATCH('/api/v1/me/passkeys/{passkeyId}', {
        params: { path: { passkeyId: passkey.id } },
        body: { name },
      }),
    );
    if (ok) onDone();
  };
  return (
    <Dialog
      title={t('passkeys.renameTitle')}
      submitLabel={t('passkeys.rename')}
      pending={submission.pending}
      error={submission.error}
      fields={['name']}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        label={t('passkeys.field.name')}
        name="name"
        required
        autoFocus
        maxLength={80}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={submission.error}
      />
    </Dialog>
  );
}

/** Security page: the person's passkeys; adding and removing one needs a recent proof (step-up dialog). */
export function PasskeysSection() {
  const toast = useToast();
  const confirm = useConfirm();
  const list = useApiPages('/api/v1/me/passkeys');
  const submission = useSubmit();
  const stepUp = useStepUp();
  const [name, setName] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [renaming, setRenaming] = useState<Passkey | null>(null);
  const supported = passkeysSupported();

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    let recoveryCodes: string[] | null = null;
    const ok = await submission.run(async () => {
      recoveryCodes = (await stepUp.run(() => registerPasskey(name.trim() || t('passkeys.title')))).recoveryCodes;
    });
    if (!ok) return;
    setName('');
    list.reload();
    toast(t('passkeys.added'));
    if (recoveryCodes) setCodes(recoveryCodes);
  };

  const remove = async (passkey: Passkey) => {
    const confirmed = await confirm({
      title: t('passkeys.removeConfirm', { name: passkey.name }),
      message: t('passkeys.removeMessage'),
      confirmLabel: t('passkeys.remove'),
      danger: true,
    });
    if (!confirmed) return;
    try {
      await stepUp.run(() =>
        porticoApi.DELETE('/api/v1/me/passkeys/{passkeyId}', { params: { path: { passkeyId: passkey.id } } }),
      );
      toast(t('passkeys.removed'));
      list.reload();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <section aria-labelledby="passkeys-heading" className="panel stack">
      {stepUp.dialog}
      <h2 id="passkeys-heading">{t('passkeys.title')}</h2>
      {codes ? <RecoveryCodes codes={codes} onDone={() => setCodes(null)} /> : null}
      <p className="muted">{t('passkeys.intro')}</p>
      {list.items.length === 0 && !list.loading ? <p>{t('passkeys.empty')}</p> : null}
      {list.items.length ? (
        <ul className="session-list" aria-label={t('passkeys.title')}>
          {list.items.map((passkey) => (
            <li key={passkey.id} className="card session">
              <div className="session__main">
                <h3 className="session__device">
                  {passkey.name} {passkey.backedUp ? <Badge tone="neutral">{t('passkeys.synced')}</Badge> : null}
                </h3>
                <p className="muted small">
                  {t('passkeys.meta', {
                    created: formatDate(passkey.createdAt),
                    lastUsed: passkey.lastUsedAt ? formatRelative(passkey.lastUsedAt) : t('passkeys.neverUsed'),
                  })}
                </p>
              </div>
              <div className="form-actions">
                {passkey.abilities.rename ? (
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    aria-label={t('passkeys.renameNamed', { name: passkey.name })}
                    onClick={() => setRenaming(passkey)}
                  >
                    {t('passkeys.rename')}
                  </button>
                ) : null}
                {passkey.abilities.remove ? (
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    aria-label={t('passkeys.removeNamed', { name: passkey.name })}
                    onClick={() => void remove(passkey)}
                  >
                    {t('passkeys.remove')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {renaming ? (
        <RenameDialog
          passkey={renaming}
          onClose={() => setRenaming(null)}
          onDone={() => {
            setRenaming(null);
            toast(t('passkeys.renamed'));
            list.reload();
          }}
        />
      ) : null}
      {supported ? (
        <form onSubmit={onAdd} noValidate className="stack form-narrow">
          <FormAlert error={submission.error} fields={['name']} />
          <TextField
            label={t('passkeys.field.name')}
            hint={t('passkeys.field.nameHint')}
            name="name"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submission.error}
          />
          <div>
            <button type="submit" className="btn" disabled={submission.pending}>
              {t('passkeys.add')}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('passkeys.unsupported')}</p>
      )}
    </section>
  );
}
