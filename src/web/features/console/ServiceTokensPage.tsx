import { useState } from 'react';
import type { ServiceToken } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useStepUp } from '../me/StepUp.tsx';
import { TokenCard, TokenCreateForm, type NewToken } from '../me/TokenParts.tsx';
import { RequestsPerMinuteField, rpmOf, ServiceTokenLimit } from './ServiceTokenLimit.tsx';

/**
 * The firm's integrations (owners and admins): service tokens that belong to the firm, not to a person, so they
 * keep working when their maker leaves. Create (the secret is shown once), list with maker and last use, revoke.
 */
export function ServiceTokensPage() {
  const toast = useToast();
  const confirm = useConfirm();
  // The firm's tokens fit one page (the server lists 200 at most); the page also says the portal default budget.
  const list = useApi('/api/v1/service-tokens');
  const items = list.data?.items ?? [];
  const defaultRpm = list.data?.defaultRequestsPerMinute;
  const stepUp = useStepUp();
  const [rpm, setRpm] = useState('');

  const create = async (token: NewToken, key: string) => {
    const requestsPerMinute = rpmOf(rpm);
    const body = requestsPerMinute === null ? token : { ...token, requestsPerMinute };
    const created = await stepUp.run(async () => {
      const { data } = await porticoApi.POST('/api/v1/service-tokens', { body, headers: { 'Idempotency-Key': key } });
      return data;
    });
    setRpm('');
    list.reload();
    return created?.token;
  };

  const revoke = async (token: ServiceToken) => {
    const sure = await confirm({
      title: t('serviceTokens.revoke.title', { name: token.name }),
      message: t('serviceTokens.revoke.body'),
      confirmLabel: t('apiTokens.revoke'),
      danger: true,
    });
    if (!sure) return;
    try {
      await porticoApi.DELETE('/api/v1/service-tokens/{serviceTokenId}', {
        params: { path: { serviceTokenId: token.id } },
      });
      toast(t('apiTokens.revoked'));
      list.reload();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <>
      <PageHeader title={t('serviceTokens.title')} description={t('serviceTokens.intro')} />
      {stepUp.dialog}
      <TokenCreateForm
        labels={{
          title: t('serviceTokens.create.title'),
          name: t('serviceTokens.field.name'),
          nameHint: t('serviceTokens.field.nameHint'),
          submit: t('serviceTokens.create.submit'),
        }}
        create={create}
        extraFieldNames={['requestsPerMinute']}
      >
        {(error) => <RequestsPerMinuteField value={rpm} onChange={setRpm} defaultValue={defaultRpm} error={error} />}
      </TokenCreateForm>
      {items.length === 0 && !list.loading ? <p className="muted">{t('serviceTokens.empty')}</p> : null}
      <ul className="session-list" aria-label={t('serviceTokens.listLabel')}>
        {items.map((token) => (
          <TokenCard key={token.id} token={token} onRevoke={() => void revoke(token)}>
            <p className="muted small">
              {t('serviceTokens.madeBy', {
                name: token.createdBy?.name ?? t('serviceTokens.formerStaff'),
                date: formatDate(token.createdAt),
              })}
            </p>
            <p className="muted small">{t('serviceTokens.authorAs', { name: token.authorName })}</p>
            <ServiceTokenLimit token={token} defaultValue={defaultRpm} stepUp={stepUp} onSaved={list.reload} />
          </TokenCard>
        ))}
      </ul>
    </>
  );
}
