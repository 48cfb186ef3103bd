import { useState, type FormEvent } from 'react';
import type { TicketField } from '../../../../../contract/index.ts';
import { useSubmit } from '../../../../api/hooks.ts';
import { useApi } from '../../../../api/typed-hooks.ts';
import { t, type MessageKey } from '../../../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { EmptyState, ErrorState } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';
import { ticketsApi } from '../../api.ts';
import { useSegmentList } from '../options.ts';
import { useConfirmedDelete } from '../../../../ui/useConfirmedDelete.ts';

type FieldType = TicketField['type'];
const TYPES: FieldType[] = ['text', 'number', 'date', 'select'];

interface FieldValues {
  label: string;
  options: string;
  required: boolean;
  customerVisible: boolean;
  position: number;
}

const valuesOf = (field: TicketField): FieldValues => ({
  label: field.label,
  options: field.options.join('\n'),
  required: field.required,
  customerVisible: field.customerVisible,
  position: field.position,
});
const optionList = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function FieldInputs({
  values,
  onChange,
  type,
  error,
}: {
  values: FieldValues;
  onChange: (values: FieldValues) => void;
  type: FieldType;
  error: unknown;
}) {
  return (
    <>
      <TextField
        label={t('tc.fields.label')}
        name="label"
        required
        value={values.label}
        onChange={(e) => onChange({ ...values, label: e.target.value })}
        error={error}
      />
      {type === 'select' ? (
        <div className="field">
          <label htmlFor={`opts-${values.position}-${values.label}`}>{t('tc.fields.options')}</label>
          <p className="field-hint">{t('tc.fields.optionsHint')}</p>
          <textarea
            id={`opts-${values.position}-${values.label}`}
            rows={4}
            value={values.options}
            onChange={(e) => onChange({ ...values, options: e.target.value })}
          />
        </div>
      ) : null}
      <Checkbox
        label={t('tc.fields.required')}
        checked={values.required}
        onChange={(e) => onChange({ ...values, required: e.target.checked })}
      />
      <Checkbox
        label={t('tc.fields.customerVisible')}
        checked={values.customerVisible}
        onChange={(e) => onChange({ ...values, customerVisible: e.target.checked })}
      />
      <TextField
        label={t('tc.fields.position')}
        name="position"
        type="number"
        min={0}
        max={10000}
        value={String(values.position)}
        onChange={(e) => onChange({ ...values, position: Number(e.target.value) || 0 })}
        error={error}
      />
    </>
  );
}

/** Custom ticket fields, per segment: type, options, required, shown to customers, order. */
export function FieldsTab({ canWrite }: { canWrite: boolean }) {
  const segments = useSegmentList();
  const [segmentId, setSegmentId] = useState('');
  const chosen =
    segmentId || segments.find((segment) => segment.modules.includes('tickets'))?.id || segments[0]?.id || '';
  const fields = useApi(chosen ? '/api/v1/segments/{segmentId}/ticket-fields' : null, {
    path: { segmentId: chosen ?? '' },
  });
  const items = [...(fields.data?.items ?? [])].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="tc-fields-tab-title" className="stack">
      <h2 id="tc-fields-tab-title">{t('tc.settings.tab.fields')}</h2>
      <SelectField
        label={t('tc.filters.segment')}
        name="segment"
        value={chosen}
        onChange={(event) => setSegmentId(event.target.value)}
      >
        {segments.map((segment) => (
          <option key={segment.id} value={segment.id}>
            {segment.name}
          </option>
        ))}
      </SelectField>
      {fields.error ? <ErrorState error={fields.error} onRetry={fields.reload} /> : null}
      {fields.data && !items.length ? <EmptyState title={t('tc.fields.empty')} /> : null}
      {items.map((field) => (
        <FieldEditor key={field.id} field={field} onChanged={fields.reload} />
      ))}
      {canWrite && chosen ? (
        <NewFieldForm key={chosen} segmentId={chosen} position={items.length} onCreated={fields.reload} />
      ) : null}
    </section>
  );
}

function FieldEditor({ field, onChanged }: { field: TicketField; onChanged: () => void }) {
  const toast = useToast();
  const [values, setValues] = useState(valuesOf(field));
  const submission = useSubmit();
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const { options, ...rest } = values;
      await ticketsApi.updateField(field.id, {
        ...rest,
        ...(field.type === 'select' ? { options: optionList(options) } : {}),
      });
      toast(t('common.saved'));
      onChanged();
    });
  };
  const confirmedDelete = useConfirmedDelete();
  const remove = () =>
    confirmedDelete(
      t('tc.fields.deleteConfirm', { name: field.label }),
      () => ticketsApi.deleteField(field.id),
      onChanged,
    );
  return (
    <form className="panel stack" onSubmit={save} noValidate aria-label={field.label}>
      <h3>
        {field.label} <span className="muted small">{t(`tc.fields.type.${field.type}` as MessageKey)}</span>
      </h3>
      <FormAlert error={submission.error} fields={['label', 'options', 'position']} />
      <fieldset className="plain" disabled={!field.abilities.update}>
        <div className="stack">
          <FieldInputs values={values} onChange={setValues} type={field.type} error={submission.error} />
          {field.abilities.update ? (
            <div className="page-actions">
              <button type="submit" className="btn" disabled={submission.pending}>
                {t('common.save')}
              </button>
              {field.abilities.delete ? (
                <button type="button" className="btn btn--danger" onClick={() => void remove()}>
                  {t('tc.settings.delete')}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}

function NewFieldForm({
  segmentId,
  position,
  onCreated,
}: {
  segmentId: string;
  position: number;
  onCreated: () => void;
}) {
  const blank: FieldValues = { label: '', options: '', required: false, customerVisible: true, position };
  const [type, setType] = useState<FieldType>('text');
  const [values, setValues] = useState(blank);
  const submission = useSubmit();
  const create = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const { options, ...rest } = values;
      await ticketsApi.createField(segmentId, { ...rest, type, options: type === 'select' ? optionList(options) : [] });
      setValues({ ...blank, position: position + 1 });
      onCreated();
    });
  };
  return (
    <form className="panel stack" onSubmit={create} noValidate aria-labelledby="tc-field-new">
      <h3 id="tc-field-new">{t('tc.fields.new')}</h3>
      <FormAlert error={submission.error} fields={['label', 'type', 'options', 'position']} />
      <SelectField
        label={t('tc.fields.typeLabel')}
        name="type"
        value={type}
        onChange={(e) => setType(e.target.value as FieldType)}
        error={submission.error}
      >
        {TYPES.map((value) => (
          <option key={value} value={value}>
            {t(`tc.fields.type.${value}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      <FieldInputs values={values} onChange={setValues} type={type} error={submission.error} />
      <div>
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('tc.fields.create')}
        </button>
      </div>
    </form>
  );
}
