import type { TemplateTask } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { MoveRemoveButtons, reorderWaiting, WaitsForFieldset } from '../../ui/OrderedItems.tsx';
import { RecurrenceFields } from './RecurrenceFields.tsx';

const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export const newTemplateTask = (offsetDays: number | null): TemplateTask => ({
  title: t('template.task.new'),
  description: '',
  offsetDays,
  priority: 'normal',
  assignTo: 'staff',
  checklist: [],
  after: [],
  recurrence: null,
});

/** The day field as typed: empty is "no due date", anything else a whole day from 0. */
const offsetOf = (typed: string) => (typed.trim() === '' ? null : Math.max(0, Math.trunc(Number(typed)) || 0));

/** Tasks in a new order (`order`: the old positions), each still waiting for the same earlier tasks. */
export const reorderTemplateTasks = (tasks: TemplateTask[], order: number[]) =>
  reorderWaiting(
    tasks,
    order,
    (task) => task.after,
    (task, after) => ({ ...task, after }),
  );

interface Props {
  task: TemplateTask;
  index: number;
  earlier: TemplateTask[];
  last: boolean;
  error: unknown;
  onChange: (task: TemplateTask) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One task of a template in the editor: its fields, the earlier tasks it waits for, and moving or removing it. */
export function TemplateTaskFields({ task, index, earlier, last, error, onChange, onMove, onRemove }: Props) {
  const path = `tasks.${index}`;
  const number = index + 1;
  return (
    <>
      <h3 className="h4">{t('template.task.heading', { number })}</h3>
      <TextField
        label={t('template.task.title')}
        name={`${path}.title`}
        value={task.title}
        maxLength={200}
        onChange={(event) => onChange({ ...task, title: event.target.value })}
        error={error}
      />
      <div className="form-row">
        <TextField
          label={t('template.task.offset')}
          name={`${path}.offsetDays`}
          type="number"
          min={0}
          max={3650}
          hint={t('template.task.offsetHint')}
          value={task.offsetDays === null ? '' : String(task.offsetDays)}
          onChange={(event) => onChange({ ...task, offsetDays: offsetOf(event.target.value) })}
          error={error}
        />
        <SelectField
          label={t('template.task.side')}
          name={`${path}.assignTo`}
          value={task.assignTo}
          onChange={(event) => onChange({ ...task, assignTo: event.target.value as TemplateTask['assignTo'] })}
          error={error}
        >
          <option value="staff">{t('template.task.sideStaff')}</option>
          <option value="client">{t('template.task.sideClient')}</option>
        </SelectField>
        <SelectField
          label={t('template.task.priority')}
          name={`${path}.priority`}
          value={task.priority}
          onChange={(event) => onChange({ ...task, priority: event.target.value as TemplateTask['priority'] })}
          error={error}
        >
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`tasks.priority.${priority}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <RecurrenceFields
        value={task.recurrence}
        path={`${path}.recurrence`}
        error={error}
        onChange={(recurrence) => onChange({ ...task, recurrence })}
      />
      <div className="field">
        <label htmlFor={`template-task-${index}-checklist`}>{t('template.task.checklist')}</label>
        <p className="field-hint" id={`template-task-${index}-checklist-hint`}>
          {t('template.task.checklistHint')}
        </p>
        <textarea
          id={`template-task-${index}-checklist`}
          aria-describedby={`template-task-${index}-checklist-hint`}
          rows={3}
          value={task.checklist.join('\n')}
          // Lines are kept as typed (an empty one while typing); the editor drops empty ones when saving.
          onChange={(event) => onChange({ ...task, checklist: event.target.value.split('\n') })}
        />
      </div>
      <WaitsForFieldset
        legend={t('template.task.after')}
        className="template-waits"
        earlier={earlier.map((other) => other.title)}
        chosen={task.after}
        onChange={(after) => onChange({ ...task, after })}
      />
      <MoveRemoveButtons
        index={index}
        last={last}
        labels={{
          up: t('template.task.up', { number }),
          down: t('template.task.down', { number }),
          remove: t('template.task.remove', { number }),
        }}
        onMove={onMove}
        onRemove={onRemove}
      />
    </>
  );
}
