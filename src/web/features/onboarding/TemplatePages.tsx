import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CatalogItem, Form, OnboardingStepInput, OnboardingTemplate, Segment } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { unpagedList, useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { movedOrder, reorderWaiting } from '../../ui/OrderedItems.tsx';
import { StepEditor, newStep, STEP_KINDS, type StepKind } from './StepEditor.tsx';

export function TemplateList() {
  const templates = useResource<{ items: OnboardingTemplate[] }>('/onboarding-templates');
  const segments = useResource<{ items: Segment[] }>('/segments', { limit: 200 });
  const navigate = useNavigate();
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [segmentId, setSegmentId] = useState('');
  const chosenSegment = segmentId || segments.data?.items[0]?.id || '';
  async function onCreate(event: FormEvent) {
    event.preventDefault();
    await submit.run(async (idempotencyKey) => {
      const created = await api<OnboardingTemplate>('/onboarding-templates', {
        method: 'POST',
        idempotencyKey,
        body: { name, segmentId: chosenSegment },
      });
      navigate(`/console/onboarding/templates/${created.id}`);
    });
  }
  if (templates.error) return <ErrorState error={templates.error} onRetry={templates.reload} />;
  // Templates are few and unpaged: shown through the same table as paged lists.
  const list = unpagedList(templates);
  return (
    <>
      <PageHeader title={t('onboarding.templates.title')} description={t('onboarding.templates.description')} />
      <div className="stack">
        <PagedTable
          list={list}
          caption={t('onboarding.templates.caption')}
          rowKey={(item) => item.id}
          empty={<EmptyState title={t('onboarding.templates.empty')} />}
          columns={[
            {
              header: t('onboarding.col.name'),
              cell: (item) => (
                <>
                  <Link to={`/console/onboarding/templates/${item.id}`}>{item.name}</Link>
                  <span className="onboarding-since">{item.segmentName}</span>
                </>
              ),
            },
            { header: t('onboarding.col.steps'), className: 'num', cell: (item) => String(item.steps.length) },
            {
              header: t('onboarding.col.auto'),
              cell: (item) => t(item.autoApply ? 'onboarding.auto.yes' : 'onboarding.auto.no'),
            },
          ]}
        />
        <form className="card stack" onSubmit={(event) => void onCreate(event)} noValidate>
          <h2 className="h3">{t('onboarding.templates.new')}</h2>
          <FormAlert error={submit.error} fields={['name', 'segmentId']} />
          <TextField
            label={t('onboarding.template.name')}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submit.error}
            required
          />
          <SelectField
            label={t('onboarding.template.segment')}
            name="segmentId"
            value={chosenSegment}
            onChange={(event) => setSegmentId(event.target.value)}
            error={submit.error}
          >
            {(segments.data?.items ?? []).map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
          </SelectField>
          <div>
            <button type="submit" className="btn" disabled={submit.pending}>
              {t('onboarding.templates.create')}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}

/** Waits-for positions follow their steps when steps move or go (a step never waits for a later one). */
const reorder = (steps: OnboardingStepInput[], order: number[]) =>
  reorderWaiting(
    steps,
    order,
    (step) => step.waitsFor ?? [],
    (step, waitsFor) => ({ ...step, waitsFor }),
  );

export function TemplateEditor() {
  const { templateId } = useParams();
  const resource = useResource<OnboardingTemplate>(`/onboarding-templates/${templateId}`);
  const forms = useResource<{ items: Form[] }>('/forms');
  const catalog = useResource<{ items: CatalogItem[] }>('/billing/catalog');
  const [draft, setDraft] = useState<OnboardingTemplate | null>(null);
  const [notice, setNotice] = useState('');
  const [kind, setKind] = useState<StepKind>('welcome');
  const save = useSubmit();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const template = draft ?? resource.data;
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!template) return <Loading />;
  const published = (forms.data?.items ?? []).filter((form) => form.publishedVersion !== null);
  const change = (next: Partial<OnboardingTemplate>) => {
    setNotice('');
    setDraft({ ...template, ...next });
  };
  const steps = template.steps;
  const move = (from: number, to: number) => change({ steps: reorder(steps, movedOrder(steps.length, from, to)) });

  async function onSave() {
    await save.run(async () => {
      const saved = await api<OnboardingTemplate>(`/onboarding-templates/${template!.id}`, {
        method: 'PATCH',
        ifMatch: template!.version,
        body: { name: template!.name, autoApply: template!.autoApply, steps: template!.steps },
      });
      setDraft(saved);
      setNotice(t('onboarding.template.saved'));
    });
  }
  async function onDelete() {
    if (!(await confirm({ title: t('onboarding.template.deleteConfirm'), danger: true }))) return;
    await save.run(async () => {
      await api(`/onboarding-templates/${template!.id}`, { method: 'DELETE' });
      navigate('/console/onboarding/templates');
    });
  }
  return (
    <>
      <PageHeader title={template.name} description={template.segmentName} />
      <div className="stack">
        {notice ? <Notice>{notice}</Notice> : null}
        <FormAlert error={save.error} fields={['name']} />
        <div className="card stack">
          <TextField
            label={t('onboarding.template.name')}
            name="name"
            value={template.name}
            onChange={(event) => change({ name: event.target.value })}
            error={save.error}
          />
          <Checkbox
            label={t('onboarding.template.auto')}
            checked={template.autoApply}
            onChange={(event) => change({ autoApply: event.target.checked })}
          />
        </div>
        <section className="stack" aria-labelledby="steps-heading">
          <h2 id="steps-heading" className="h3">
            {t('onboarding.template.steps')}
          </h2>
          {steps.length ? null : <p>{t('onboarding.template.noSteps')}</p>}
          <ol className="stack onboarding-editor">
            {steps.map((step, index) => (
              <li key={index} className="card stack">
                <StepEditor
                  step={step}
                  index={index}
                  earlier={steps.slice(0, index)}
                  forms={published}
                  catalog={(catalog.data?.items ?? []).filter((item) => item.kind === 'one_off' && !item.archived)}
                  error={save.error}
                  onChange={(next) => change({ steps: steps.map((old, at) => (at === index ? next : old)) })}
                  onMove={(to) => move(index, to)}
                  onRemove={() =>
                    change({
                      steps: reorder(
                        steps,
                        steps.map((_, at) => at).filter((at) => at !== index),
                      ),
                    })
                  }
                  last={index === steps.length - 1}
                />
              </li>
            ))}
          </ol>
          <div className="form-row">
            <SelectField
              label={t('onboarding.template.addKind')}
              name="newKind"
              value={kind}
              onChange={(event) => setKind(event.target.value as StepKind)}
            >
              {STEP_KINDS.map((item) => (
                <option key={item} value={item}>
                  {t(`onboarding.kind.${item}`)}
                </option>
              ))}
            </SelectField>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => change({ steps: [...steps, newStep(kind, published[0]?.id ?? '')] })}
            >
              {t('onboarding.template.add')}
            </button>
          </div>
        </section>
        <div className="form-row">
          <button type="button" className="btn" disabled={save.pending} onClick={() => void onSave()}>
            {t('onboarding.template.save')}
          </button>
          <button type="button" className="btn btn--danger" disabled={save.pending} onClick={() => void onDelete()}>
            {t('onboarding.template.delete')}
          </button>
        </div>
      </div>
    </>
  );
}
