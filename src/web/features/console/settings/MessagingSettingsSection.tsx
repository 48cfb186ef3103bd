import { useState, type FormEvent } from 'react';
import type { ConversationSettings } from '../../../../contract/index.ts';
import { api } from '../../../api/client.ts';
import { useResource, useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { Checkbox, TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../ui/common.tsx';
import { useToast } from '../../../ui/Toast.tsx';

function MessagingForm({
  settings,
  onSaved,
}: {
  settings: ConversationSettings;
  onSaved: (settings: ConversationSettings) => void;
}) {
  const toast = useToast();
  const submission = useSubmit();
  const [hide, setHide] = useState(settings.hideMessageContentInEmail);
  const [minutes, setMinutes] = useState(String(settings.emailGroupingMinutes));
  const readOnly = !settings.abilities.update;

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    let saved: ConversationSettings | undefined;
    const ok = await submission.run(async () => {
      saved = await api<ConversationSettings>('/conversation-settings', {
        method: 'PATCH',
        body: { hideMessageContentInEmail: hide, emailGroupingMinutes: Number(minutes) },
      });
    });
    if (ok && saved) {
      onSaved(saved);
      toast(t('messagingSettings.saved'));
    }
  };

  return (
    <form onSubmit={onSave} noValidate className="stack">
      <FormAlert error={submission.error} fields={['hideMessageContentInEmail', 'emailGroupingMinutes']} />
      <Checkbox
        label={t('messagingSettings.hide')}
        hint={t('messagingSettings.hideHint')}
        checked={hide}
        disabled={readOnly}
        onChange={(event) => setHide(event.target.checked)}
      />
      <TextField
        label={t('messagingSettings.grouping')}
        hint={t('messagingSettings.groupingHint')}
        name="emailGroupingMinutes"
        type="number"
        min={1}
        max={1440}
        value={minutes}
        disabled={readOnly}
        onChange={(event) => setMinutes(event.target.value)}
        error={submission.error}
      />
      <p className="muted small">
        {settings.inboundEmailDomain
          ? t('messagingSettings.inbound', { domain: settings.inboundEmailDomain })
          : t('messagingSettings.noInbound')}
      </p>
      {readOnly ? null : (
        <div>
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('messagingSettings.save')}
          </button>
        </div>
      )}
    </form>
  );
}

/** Portal-wide messaging email settings: confidential emails and the grouping window. */
export function MessagingSettingsSection() {
  const resource = useResource<ConversationSettings>('/conversation-settings');
  return (
    <section className="panel" aria-labelledby="messaging-settings-heading">
      <h2 id="messaging-settings-heading">{t('messagingSettings.title')}</h2>
      {resource.error ? <ErrorState error={resource.error} onRetry={resource.reload} /> : null}
      {!resource.data && !resource.error ? <Loading /> : null}
      {resource.data ? <MessagingForm settings={resource.data} onSaved={(saved) => resource.setData(saved)} /> : null}
    </section>
  );
}
