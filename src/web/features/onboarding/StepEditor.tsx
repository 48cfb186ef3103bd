import type { CatalogItem, Form, OnboardingStepInput } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { MoveRemoveButtons, WaitsForFieldset } from '../../ui/OrderedItems.tsx';

export const STEP_KINDS = ['welcome', 'form', 'file_request', 'invoice', 'task', 'signature'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A new step of a kind, with the fields it needs filled with something sensible. */
export function newStep(kind: StepKind, formId: string): OnboardingStepInput {
  const title = t(`onboarding.kind.${kind}`);
  switch (kind) {
    case 'welcome':
      return { kind, title, waitsFor: [], message: '' };
    case 'form':
      return { kind, title, waitsFor: [], formId };
    case 'file_request':
      return { kind, title, waitsFor: [], note: null };
    case 'invoice':
      return {
        kind,
        title,
        waitsFor: [],
        currency: 'EUR',
        lines: [{ description: title, quantity: 1, unitPrice: 0, taxRateIds: [] }],
        catalogItemId: null,
      };
    case 'task':
      return { kind, title, waitsFor: [], description: '', side: 'client' };
    case 'signature':
      return { kind, title, waitsFor: [], fees: { amount: 0, currency: 'EUR' }, message: '', countersign: true };
  }
}

/** The invoice step's own line (the editor offers one; the API takes up to 50). */
const line = (step: Extract<OnboardingStepInput, { kind: 'invoice' }>) =>
  step.lines[0] ?? { description: step.title, quantity: 1, unitPrice: 0, taxRateIds: [] };

/** The engagement letter step: the fees merged into the letter, and whether staff countersign it. */
function SignatureStepFields({
  step,
  path,
  onChange,
  error,
}: {
  step: Extract<OnboardingStepInput, { kind: 'signature' }>;
  path: string;
  onChange: (step: OnboardingStepInput) => void;
  error: unknown;
}) {
  return (
    <>
      <p className="field-hint">{t('onboarding.signature.hint')}</p>
      <div className="form-row">
        <TextField
          label={t('onboarding.signature.fees')}
          name={`${path}.fees.amount`}
          inputMode="numeric"
          value={String(step.fees.amount)}
          onChange={(event) => onChange({ ...step, fees: { ...step.fees, amount: Number(event.target.value) || 0 } })}
          error={error}
        />
        <TextField
          label={t('onboarding.template.currency')}
          name={`${path}.fees.currency`}
          value={step.fees.currency}
          maxLength={3}
          onChange={(event) =>
            onChange({ ...step, fees: { ...step.fees, currency: event.target.value.toUpperCase() } })
          }
          error={error}
        />
      </div>
      <Checkbox
        label={t('onboarding.signature.countersign')}
        checked={step.countersign}
        onChange={(event) => onChange({ ...step, countersign: event.target.checked })}
      />
    </>
  );
}

/** One step of the template editor: its own fields, what it waits for, and moving or removing it. */
export function StepEditor(props: {
  step: OnboardingStepInput;
  index: number;
  earlier: OnboardingStepInput[];
  forms: Form[];
  catalog: CatalogItem[];
  error: unknown;
  last: boolean;
  onChange: (step: OnboardingStepInput) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { step, index, onChange, error } = props;
  const number = index + 1;
  const path = `steps.${index}`;
  return (
    <>
      <h3 className="h4">
        {t('onboarding.template.stepHeading', { number, kind: t(`onboarding.kind.${step.kind}`) })}
      </h3>
      <TextField
        label={t('onboarding.template.title')}
        name={`${path}.title`}
        value={step.title}
        onChange={(event) => onChange({ ...step, title: event.target.value })}
        error={error}
      />
      {step.kind === 'welcome' ? (
        <div className="field">
          <label htmlFor={`step-${index}-message`}>{t('onboarding.template.message')}</label>
          <textarea
            id={`step-${index}-message`}
            rows={3}
            maxLength={5000}
            value={step.message}
            onChange={(event) => onChange({ ...step, message: event.target.value })}
          />
        </div>
      ) : null}
      {step.kind === 'form' ? (
        <SelectField
          label={t('onboarding.template.form')}
          name={`${path}.formId`}
          value={step.formId}
          onChange={(event) => onChange({ ...step, formId: event.target.value })}
          error={error}
        >
          {props.forms.length ? null : <option value="">{t('onboarding.template.noForms')}</option>}
          {props.forms.map((form) => (
            <option key={form.id} value={form.id}>
              {form.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {step.kind === 'file_request' ? (
        <TextField
          label={t('onboarding.template.note')}
          name={`${path}.note`}
          value={step.note ?? ''}
          onChange={(event) => onChange({ ...step, note: event.target.value || null })}
        />
      ) : null}
      {step.kind === 'invoice' ? (
        <>
          <SelectField
            label={t('onboarding.template.catalogItem')}
            name={`${path}.catalogItemId`}
            value={step.catalogItemId ?? ''}
            onChange={(event) => onChange({ ...step, catalogItemId: event.target.value || null })}
            error={error}
          >
            <option value="">{t('onboarding.template.ownLine')}</option>
            {props.catalog.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </SelectField>
          <div className="form-row">
            {step.catalogItemId ? null : (
              <>
                <TextField
                  label={t('onboarding.template.lineDescription')}
                  name={`${path}.lines.0.description`}
                  value={step.lines[0]?.description ?? ''}
                  onChange={(event) =>
                    onChange({ ...step, lines: [{ ...line(step), description: event.target.value }] })
                  }
                  error={error}
                />
                <TextField
                  label={t('onboarding.template.amount')}
                  name={`${path}.lines.0.unitPrice`}
                  inputMode="numeric"
                  value={String(step.lines[0]?.unitPrice ?? 0)}
                  onChange={(event) =>
                    onChange({ ...step, lines: [{ ...line(step), unitPrice: Number(event.target.value) || 0 }] })
                  }
                  error={error}
                />
              </>
            )}
            <TextField
              label={t('onboarding.template.currency')}
              name={`${path}.currency`}
              value={step.currency}
              maxLength={3}
              onChange={(event) => onChange({ ...step, currency: event.target.value.toUpperCase() })}
              error={error}
            />
          </div>
        </>
      ) : null}
      {step.kind === 'task' ? (
        <>
          <TextField
            label={t('onboarding.template.description')}
            name={`${path}.description`}
            value={step.description}
            onChange={(event) => onChange({ ...step, description: event.target.value })}
          />
          <SelectField
            label={t('onboarding.template.side')}
            name={`${path}.side`}
            value={step.side}
            onChange={(event) => onChange({ ...step, side: event.target.value as 'client' | 'firm' })}
          >
            <option value="client">{t('onboarding.template.sideClient')}</option>
            <option value="firm">{t('onboarding.template.sideFirm')}</option>
          </SelectField>
        </>
      ) : null}
      {step.kind === 'signature' ? (
        <SignatureStepFields step={step} path={path} onChange={onChange} error={error} />
      ) : null}
      <WaitsForFieldset
        legend={t('onboarding.template.waitsFor')}
        className="onboarding-waits"
        earlier={props.earlier.map((earlier) => earlier.title)}
        chosen={step.waitsFor}
        onChange={(waitsFor) => onChange({ ...step, waitsFor })}
      />
      <MoveRemoveButtons
        index={index}
        last={props.last}
        labels={{
          up: t('onboarding.template.up', { number }),
          down: t('onboarding.template.down', { number }),
          remove: t('onboarding.template.remove', { number }),
        }}
        onMove={props.onMove}
        onRemove={props.onRemove}
      />
    </>
  );
}
