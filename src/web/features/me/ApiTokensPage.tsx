import type { ApiToken } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useStepUp } from './StepUp.tsx';
import { TokenCard, TokenCreateForm, type NewToken } from './TokenParts.tsx';

/** Personal API tokens: create (the secret is shown once), list, revoke. */
export function ApiTokensPage() {
  const toast = useToast();
  const list = useApiPages('/api/v1/me/api-tokens');
  const stepUp = useStepUp();

  const create = async (body: NewToken, key: string) => {
    const created = await stepUp.run(async () => {
      const { data } = await porticoApi.POST('/api/v1/me/api-tokens', { body, headers: { 'Idempotency-Key': key } });
      return data;
    });
    list.reload();
    return created?.token;
  };

  const revoke = async (token: ApiToken) => {
    try {
      await porticoApi.DELETE('/api/v1/me/api-tokens/{tokenId}', { params: { path: { tokenId: token.id } } });
      toast(t('apiTokens.revoked'));
      list.reload();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <>
      <PageHeader title={t('apiTokens.title')} description={t('apiTokens.intro')} />
      {stepUp.dialog}
      <TokenCreateForm
        labels={{
          title: t('apiTokens.create.title'),
          name: t('apiTokens.field.name'),
          nameHint: t('apiTokens.field.nameHint'),
          submit: t('apiTokens.create.submit'),
        }}
        create={create}
      />
      {list.items.length === 0 && !list.loading ? <p className="muted">{t('apiTokens.empty')}</p> : null}
      <ul className="session-list">
        {list.items.map((token) => (
          <TokenCard key={token.id} token={token} onRevoke={() => void revoke(token)} />
        ))}
      </ul>
    </>
  );
}
