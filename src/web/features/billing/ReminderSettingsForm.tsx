import { useState, type FormEvent } from 'react';
import type { ReminderSettings } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

/** "-3, 0, 7" → [-3, 0, 7]; null when a part is not a whole number. */
export function parseSteps(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every((part) => /^[+-]?\d+$/.test(part))) return null;
  return parts.map(Number);
}

/** The payment reminder schedule: on/off and the days around the due date (admins change it; staff read it). */
export function ReminderSettingsSection() {
  const settings = useResource<ReminderSettings>('/billing/reminder-settings');
  return (
    <section aria-labelledby="reminders-title" className="stack">
      <h2 id="reminders-title">{t('billing.reminders.title')}</h2>
      <p className="muted">{t('billing.reminders.intro')}</p>
      {settings.data ? (
        settings.data.abilities.update ? (
          <ReminderForm settings={settings.data} onSaved={settings.setData} />
        ) : (
          <p>
            {t('billing.reminders.summary', {
              count: settings.data.steps.length,
              list: settings.data.steps.join(', '),
            })}
          </p>
        )
      ) : null}
    </section>
  );
}

function ReminderForm({ settings, onSaved }: { settings: ReminderSettings; onSaved: (s: ReminderSettings) => void }) {
  const toast = useToast();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [steps, setSteps] = useState(settings.steps.join(', '));
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseSteps(steps);
    if (!parsed) {
      const message = t('billing.reminders.badSteps');
      setError(new ApiError({ status: 400, code: 'invalid', title: message, fieldErrors: { steps: message } }));
      return;
    }
    try {
      onSaved(
        await api<ReminderSettings>('/billing/reminder-settings', {
          method: 'PATCH',
          body: { enabled, steps: parsed },
          ifMatch: settings.version,
        }),
      );
      setError(null);
      toast(t('billing.settings.saved'));
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={error} fields={['steps', 'enabled']} />
      <Checkbox
        label={t('billing.reminders.enabled')}
        checked={enabled}
        onChange={(e) => setEnabled(e.target.checked)}
      />
      <TextField
        label={t('billing.reminders.steps')}
        name="steps"
        value={steps}
        onChange={(e) => setSteps(e.target.value)}
        error={error}
        errorKey="steps"
      />
      <div className="form-actions">
        <button type="submit" className="btn">
          {t('billing.settings.save')}
        </button>
      </div>
    </form>
  );
}
