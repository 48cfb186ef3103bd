import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type {
  Account,
  AccountOnboarding,
  OnboardingStep,
  OnboardingSummary,
  OnboardingTemplate,
} from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useResource, useSubmit } from '../../api/hooks.ts';
import { formatRelative, t, type MessageKey } from '../../i18n/index.ts';
import { SelectField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { OnboardingFigure } from './OnboardingFigure.tsx';
import { useOnboardingLive } from './live.ts';
import { progressOf, StepList } from './StepList.tsx';
import { TemplateEditor, TemplateList } from './TemplatePages.tsx';

/** Console onboarding: the overview, an account's onboarding, the templates. */
export function ConsoleOnboarding() {
  return (
    <Routes>
      <Route index element={<Overview />} />
      <Route path="templates" element={<TemplateList />} />
      <Route path="templates/:templateId" element={<TemplateEditor />} />
      <Route path="accounts/:accountId" element={<AccountOnboardingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

const STATUSES = ['active', 'completed', 'cancelled'] as const;

function Overview() {
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('active');
  const list = usePagedList<OnboardingSummary>('/onboardings', { status });
  // Where each client is stuck changes as they work: any account's step moves the list.
  useOnboardingLive(list.reload);
  return (
    <>
      <PageHeader
        title={t('onboarding.console.title')}
        description={t('onboarding.console.description')}
        actions={
          <Link className="btn btn--secondary" to="/console/onboarding/templates">
            {t('onboarding.templates.link')}
          </Link>
        }
      />
      <div className="stack">
        <OnboardingFigure />
        <div className="form-row">
          <SelectField
            label={t('onboarding.console.show')}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.target.value as (typeof STATUSES)[number])}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`onboarding.console.${value}` as MessageKey)}
              </option>
            ))}
          </SelectField>
        </div>
        <PagedTable
          list={list}
          caption={t('onboarding.console.caption')}
          rowKey={(item) => item.id}
          empty={<EmptyState title={t('onboarding.console.empty')} />}
          columns={[
            {
              header: t('onboarding.col.account'),
              cell: (item) => <Link to={`/console/onboarding/accounts/${item.accountId}`}>{item.accountName}</Link>,
            },
            {
              header: t('onboarding.col.stuckOn'),
              cell: (item) =>
                item.currentStep ? (
                  <>
                    {item.currentStep.title}
                    <span className="onboarding-since">
                      {t('onboarding.since', {
                        when: formatRelative(item.currentStep.openedAt),
                        side: t(`onboarding.side.${item.currentStep.side}`),
                      })}
                    </span>
                  </>
                ) : (
                  '—'
                ),
            },
            {
              header: t('onboarding.col.progress'),
              className: 'num',
              cell: (item) => `${item.stepsDone}/${item.stepsTotal}`,
            },
          ]}
        />
        <ApplyForm />
      </div>
    </>
  );
}

/** Applies a template of the chosen account's segment. */
function ApplyForm({ accountId: fixed }: { accountId?: string }) {
  const accounts = usePagedList<Account>(fixed ? null : '/accounts', { limit: 200 });
  const templates = useResource<{ items: OnboardingTemplate[] }>('/onboarding-templates');
  const fixedAccount = useResource<Account>(fixed ? `/accounts/${fixed}` : null);
  const [accountId, setAccountId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const navigate = useNavigate();
  const submit = useSubmit();
  const chosenAccount = fixed ?? (accountId || accounts.items[0]?.id || '');
  const segmentId = fixed
    ? fixedAccount.data?.segment.id
    : accounts.items.find((item) => item.id === chosenAccount)?.segment.id;
  const options = (templates.data?.items ?? []).filter((item) => item.segmentId === segmentId);
  const chosenTemplate = options.some((item) => item.id === templateId) ? templateId : (options[0]?.id ?? '');
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async (idempotencyKey) => {
      await api(`/accounts/${chosenAccount}/onboardings`, {
        method: 'POST',
        idempotencyKey,
        body: { templateId: chosenTemplate },
      });
      navigate(`/console/onboarding/accounts/${chosenAccount}`, { state: { applied: Date.now() } });
    });
  }
  return (
    <form className="card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="h3">{t('onboarding.apply.title')}</h2>
      <FormAlert error={submit.error} fields={['templateId']} />
      {fixed ? null : (
        <SelectField
          label={t('onboarding.apply.account')}
          name="account"
          value={chosenAccount}
          onChange={(event) => setAccountId(event.target.value)}
        >
          {accounts.items.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        label={t('onboarding.apply.template')}
        name="templateId"
        value={chosenTemplate}
        onChange={(event) => setTemplateId(event.target.value)}
        error={submit.error}
      >
        {options.length ? null : <option value="">{t('onboarding.apply.none')}</option>}
        {options.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </SelectField>
      <div>
        <button type="submit" className="btn" disabled={submit.pending || !chosenTemplate}>
          {t('onboarding.apply.submit')}
        </button>
      </div>
    </form>
  );
}

function AccountOnboardingPage() {
  const { accountId } = useParams();
  const resource = useResource<AccountOnboarding>(`/accounts/${accountId}/onboarding`);
  const account = useResource<Account>(`/accounts/${accountId}`);
  useOnboardingLive(resource.reload, accountId);
  const submit = useSubmit();
  const confirm = useConfirm();
  const toast = useToast();
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data || !account.data) return <Loading />;
  const onboarding = resource.data.onboarding;

  async function onCancel() {
    if (!(await confirm({ title: t('onboarding.account.cancelConfirm'), danger: true }))) return;
    await submit.run(async () => {
      await api(`/onboardings/${onboarding!.id}/cancel`, { method: 'POST' });
      resource.reload();
    });
  }
  async function onComplete(step: OnboardingStep) {
    await submit.run(async () => {
      await api(`/onboarding-steps/${step.id}/complete`, { method: 'POST' });
      resource.reload();
    });
  }
  async function onReissue(step: OnboardingStep) {
    const ok = await submit.run(async (idempotencyKey) => {
      await api(`/onboarding-steps/${step.id}/reissue`, { method: 'POST', idempotencyKey });
      resource.reload();
    });
    if (ok) toast(t('onboarding.issue.reissued'));
  }
  return (
    <>
      <PageHeader
        title={t('onboarding.account.title', { account: account.data.name })}
        actions={
          onboarding?.abilities.cancel ? (
            <button type="button" className="btn btn--secondary" onClick={() => void onCancel()}>
              {t('onboarding.account.cancel')}
            </button>
          ) : null
        }
      />
      <div className="stack">
        <FormAlert error={submit.error} />
        {onboarding ? (
          <>
            <p className="onboarding-progress">
              <Badge tone={onboarding.status === 'completed' ? 'success' : 'neutral'}>
                {t(`onboarding.console.${onboarding.status}` as MessageKey)}
              </Badge>
              <span>
                {onboarding.templateName} · {t('onboarding.progress', progressOf(onboarding))}
              </span>
            </p>
            <StepList
              onboarding={onboarding}
              console
              pending={submit.pending}
              onComplete={(step) => void onComplete(step)}
              onReissue={(step) => void onReissue(step)}
            />
          </>
        ) : (
          <EmptyState title={t('onboarding.account.none')} />
        )}
        {!onboarding || onboarding.abilities.reapply ? <ApplyForm accountId={accountId} /> : null}
      </div>
    </>
  );
}
