import { useState, type FormEvent } from 'react';
import type { BusinessCalendar, Segment, SlaPolicy, TicketPriority } from '../../../../../contract/index.ts';
import { useSubmit } from '../../../../api/hooks.ts';
import { useApi } from '../../../../api/typed-hooks.ts';
import { t } from '../../../../i18n/index.ts';
import { SelectField } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { EmptyState, ErrorState } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';
import { ticketsApi } from '../../api.ts';
import { PRIORITIES, priorityLabel } from '../format.ts';
import { useSegmentList } from '../options.ts';
import { DurationInput } from './DurationInput.tsx';
import { useConfirmedDelete } from '../../../../ui/useConfirmedDelete.ts';

interface Targets {
  calendarId: string;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

function TargetInputs({
  value,
  onChange,
  calendars,
  disabled,
}: {
  value: Targets;
  onChange: (value: Targets) => void;
  calendars: BusinessCalendar[];
  disabled?: boolean;
}) {
  return (
    <>
      <SelectField
        label={t('tc.sla.calendar')}
        name="calendarId"
        value={value.calendarId}
        disabled={disabled}
        onChange={(event) => onChange({ ...value, calendarId: event.target.value })}
      >
        <option value="">{t('tc.sla.allHours')}</option>
        {calendars.map((calendar) => (
          <option key={calendar.id} value={calendar.id}>
            {calendar.name}
          </option>
        ))}
      </SelectField>
      <div className="tc-durations">
        <DurationInput
          label={t('tc.sla.metric.first_response')}
          minutes={value.firstResponseMinutes}
          disabled={disabled}
          onChange={(m) => onChange({ ...value, firstResponseMinutes: m })}
        />
        <DurationInput
          label={t('tc.sla.metric.next_response')}
          minutes={value.nextResponseMinutes}
          disabled={disabled}
          onChange={(m) => onChange({ ...value, nextResponseMinutes: m })}
        />
        <DurationInput
          label={t('tc.sla.metric.resolution')}
          minutes={value.resolutionMinutes}
          disabled={disabled}
          onChange={(m) => onChange({ ...value, resolutionMinutes: m })}
        />
      </div>
    </>
  );
}

const targetsOf = (policy: SlaPolicy): Targets => ({
  calendarId: policy.calendarId ?? '',
  firstResponseMinutes: policy.firstResponseMinutes,
  nextResponseMinutes: policy.nextResponseMinutes,
  resolutionMinutes: policy.resolutionMinutes,
});

/** SLA targets per segment × priority, counted in a business calendar's hours (or around the clock). */
export function SlaPoliciesTab({ canWrite }: { canWrite: boolean }) {
  const policies = useApi('/api/v1/sla-policies');
  const calendars = useApi('/api/v1/business-calendars').data?.items ?? [];
  const segments = useSegmentList();
  const items = policies.data?.items ?? [];
  return (
    <section aria-labelledby="tc-sla-tab-title" className="stack">
      <h2 id="tc-sla-tab-title">{t('tc.settings.tab.sla')}</h2>
      {policies.error ? <ErrorState error={policies.error} onRetry={policies.reload} /> : null}
      {policies.data && !items.length ? <EmptyState title={t('tc.slaPolicies.empty')} /> : null}
      {items.map((policy) => (
        <PolicyEditor
          key={`${policy.id}:${policy.version}`}
          policy={policy}
          segments={segments}
          calendars={calendars}
          onChanged={policies.reload}
        />
      ))}
      {canWrite ? <NewPolicyForm segments={segments} calendars={calendars} onCreated={policies.reload} /> : null}
    </section>
  );
}

function PolicyEditor({
  policy,
  segments,
  calendars,
  onChanged,
}: {
  policy: SlaPolicy;
  segments: Segment[];
  calendars: BusinessCalendar[];
  onChanged: () => void;
}) {
  const toast = useToast();
  const [value, setValue] = useState(targetsOf(policy));
  const submission = useSubmit();
  const segmentName = segments.find((segment) => segment.id === policy.segmentId)?.name ?? '…';
  const title = t('tc.slaPolicies.policyTitle', { segment: segmentName, priority: priorityLabel(policy.priority) });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await ticketsApi.updateSlaPolicy(policy, { ...value, calendarId: value.calendarId || null });
      toast(t('common.saved'));
      onChanged();
    });
  };
  const confirmedDelete = useConfirmedDelete();
  const remove = () =>
    confirmedDelete(
      t('tc.slaPolicies.deleteConfirm', { name: title }),
      () => ticketsApi.deleteSlaPolicy(policy.id),
      onChanged,
    );
  return (
    <form className="panel stack" onSubmit={save} noValidate aria-label={title}>
      <h3>{title}</h3>
      <FormAlert error={submission.error} />
      <TargetInputs value={value} onChange={setValue} calendars={calendars} disabled={!policy.abilities.update} />
      {policy.abilities.update ? (
        <div className="page-actions">
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('common.save')}
          </button>
          {policy.abilities.delete ? (
            <button type="button" className="btn btn--danger" onClick={() => void remove()}>
              {t('tc.settings.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

function NewPolicyForm({
  segments,
  calendars,
  onCreated,
}: {
  segments: Segment[];
  calendars: BusinessCalendar[];
  onCreated: () => void;
}) {
  const toast = useToast();
  const [segmentId, setSegmentId] = useState('');
  const [priority, setPriority] = useState<TicketPriority>('normal');
  const [value, setValue] = useState<Targets>({
    calendarId: '',
    firstResponseMinutes: null,
    nextResponseMinutes: null,
    resolutionMinutes: null,
  });
  const submission = useSubmit();
  const chosenSegment = segmentId || segments[0]?.id || '';
  const create = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await ticketsApi.createSlaPolicy({
        segmentId: chosenSegment,
        priority,
        ...value,
        calendarId: value.calendarId || null,
      });
      toast(t('tc.slaPolicies.created'));
      setValue({ calendarId: '', firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null });
      onCreated();
    });
  };
  return (
    <form className="panel stack" onSubmit={create} noValidate aria-labelledby="tc-sla-new">
      <h3 id="tc-sla-new">{t('tc.slaPolicies.new')}</h3>
      <FormAlert error={submission.error} fields={['segmentId', 'priority']} />
      <div className="form-row">
        <SelectField
          label={t('tc.filters.segment')}
          name="segmentId"
          value={chosenSegment}
          onChange={(event) => setSegmentId(event.target.value)}
          error={submission.error}
        >
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('tc.col.priority')}
          name="priority"
          value={priority}
          onChange={(event) => setPriority(event.target.value as TicketPriority)}
          error={submission.error}
        >
          {PRIORITIES.map((value) => (
            <option key={value} value={value}>
              {priorityLabel(value)}
            </option>
          ))}
        </SelectField>
      </div>
      <TargetInputs value={value} onChange={setValue} calendars={calendars} />
      <div>
        <button type="submit" className="btn" disabled={submission.pending || !chosenSegment}>
          {t('tc.slaPolicies.create')}
        </button>
      </div>
    </form>
  );
}
