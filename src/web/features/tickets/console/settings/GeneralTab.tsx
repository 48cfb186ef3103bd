import { useState, type FormEvent } from 'react';
import { useSubmit } from '../../../../api/hooks.ts';
import { useApi } from '../../../../api/typed-hooks.ts';
import { t } from '../../../../i18n/index.ts';
import { SelectField, TextField } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';
import { ticketsApi, type TicketSettingsResult } from '../../api.ts';
import { useSegmentList } from '../options.ts';

/** Auto-close and reopen windows, the segment for email from unknown senders, and the support address. */
export function GeneralTab() {
  const settings = useApi('/api/v1/ticket-settings');
  if (settings.error) return <ErrorState error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  return <GeneralForm settings={settings.data} onSaved={(next) => settings.setData(next)} />;
}

function GeneralForm({
  settings,
  onSaved,
}: {
  settings: TicketSettingsResult;
  onSaved: (settings: TicketSettingsResult) => void;
}) {
  const toast = useToast();
  const segments = useSegmentList();
  const [autoCloseDays, setAutoCloseDays] = useState(String(settings.autoCloseDays));
  const [reopenDays, setReopenDays] = useState(String(settings.reopenDays));
  const [emailSegmentId, setEmailSegmentId] = useState(settings.emailSegmentId ?? '');
  const submission = useSubmit();
  const canWrite = settings.abilities.update;
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const next = await ticketsApi.updateSettings({
        autoCloseDays: Number(autoCloseDays),
        reopenDays: Number(reopenDays),
        emailSegmentId: emailSegmentId || null,
      });
      toast(t('common.saved'));
      onSaved(next);
    });
  };
  return (
    <form onSubmit={save} noValidate className="stack form-narrow" aria-labelledby="tc-general-title">
      <h2 id="tc-general-title">{t('tc.settings.tab.general')}</h2>
      <FormAlert error={submission.error} fields={['autoCloseDays', 'reopenDays', 'emailSegmentId']} />
      <fieldset className="plain" disabled={!canWrite}>
        <div className="stack">
          <TextField
            label={t('tc.general.autoCloseDays')}
            hint={t('tc.general.autoCloseHint')}
            name="autoCloseDays"
            type="number"
            min={1}
            max={90}
            value={autoCloseDays}
            onChange={(e) => setAutoCloseDays(e.target.value)}
            error={submission.error}
          />
          <TextField
            label={t('tc.general.reopenDays')}
            hint={t('tc.general.reopenHint')}
            name="reopenDays"
            type="number"
            min={0}
            max={365}
            value={reopenDays}
            onChange={(e) => setReopenDays(e.target.value)}
            error={submission.error}
          />
          <SelectField
            label={t('tc.general.emailSegment')}
            hint={t('tc.general.emailSegmentHint')}
            name="emailSegmentId"
            value={emailSegmentId}
            onChange={(e) => setEmailSegmentId(e.target.value)}
            error={submission.error}
          >
            <option value="">{t('tc.general.noEmailSegment')}</option>
            {segments.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <span className="field-label">{t('tc.general.supportAddress')}</span>
            <p className="field-static">{settings.supportAddress ?? t('tc.general.noSupportAddress')}</p>
          </div>
          {canWrite ? (
            <div>
              <button type="submit" className="btn" disabled={submission.pending}>
                {t('common.save')}
              </button>
            </div>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
