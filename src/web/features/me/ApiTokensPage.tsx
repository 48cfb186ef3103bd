import { useState, type FormEvent } from 'react';
import { API_SCOPE_AREAS, type ApiScopeArea, type ApiToken, type ApiTokenScope } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { formatDate, formatRelative, t, type MessageKey } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useStepUp } from './StepUp.tsx';

const STATUS_KEYS: Record<ApiToken['status'], MessageKey> = {
  active: 'apiTokens.status.active',
  expired: 'apiTokens.status.expired',
  revoked: 'apiTokens.status.revoked',
};

type Access = 'none' | 'read' | 'write';
const areaLabel = (area: ApiScopeArea) => t(area === 'core' ? 'apiTokens.scopeArea.core' : `module.${area}`);
const allRead = () => Object.fromEntries(API_SCOPE_AREAS.map((area) => [area, 'read'])) as Record<ApiScopeArea, Access>;
const scopesOf = (access: Record<ApiScopeArea, Access>): ApiTokenScope[] =>
  API_SCOPE_AREAS.flatMap((area) => (access[area] === 'none' ? [] : [`${area}:${access[area]}` as ApiTokenScope]));

/** "Tickets: read and write, Documents: read": a token's scopes as a person reads them. */
function describeScopes(scopes: readonly ApiTokenScope[]) {
  return API_SCOPE_AREAS.flatMap((area) => {
    const access = scopes.includes(`${area}:write`) ? 'write' : scopes.includes(`${area}:read`) ? 'read' : null;
    return access ? [`${areaLabel(area)}: ${t(`apiTokens.access.${access}`)}`] : [];
  }).join(', ');
}

/** Personal API tokens: create (the secret is shown once), list, revoke. */
export function ApiTokensPage() {
  const toast = useToast();
  const list = usePagedList<ApiToken>('/me/api-tokens', { limit: 50 });
  const submission = useSubmit();
  const [name, setName] = useState('');
  const [access, setAccess] = useState(allRead);
  const [days, setDays] = useState('90');
  const [secret, setSecret] = useState<string | null>(null);
  const stepUp = useStepUp();

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    let created: (ApiToken & { token: string }) | undefined;
    const ok = await submission.run(async (key) => {
      created = await stepUp.run(async () => {
        const { data } = await porticoApi.POST('/api/v1/me/api-tokens', {
          body: { name, scopes: scopesOf(access), expiresInDays: Number(days) },
          headers: { 'Idempotency-Key': key },
        });
        return data;
      });
    });
    if (ok && created) {
      setSecret(created.token);
      setName('');
      setAccess(allRead());
      list.reload();
    }
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

  const copy = async () => {
    if (!secret) return;
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    toast(t('apiTokens.created.copied'));
  };

  return (
    <>
      <PageHeader title={t('apiTokens.title')} description={t('apiTokens.intro')} />
      {stepUp.dialog}
      {secret ? (
        <section className="panel stack" aria-live="polite">
          <h2>{t('apiTokens.created.title')}</h2>
          <p>{t('apiTokens.created.intro')}</p>
          <code className="secret" data-testid="api-token-secret">
            {secret}
          </code>
          <div className="page-actions">
            <button type="button" className="btn btn--secondary" onClick={() => void copy()}>
              {t('apiTokens.created.copy')}
            </button>
            <button type="button" className="btn" onClick={() => setSecret(null)}>
              {t('apiTokens.created.done')}
            </button>
          </div>
        </section>
      ) : null}
      <section className="panel stack">
        <h2>{t('apiTokens.create.title')}</h2>
        <FormAlert error={submission.error} fields={['name', 'scopes', 'expiresInDays']} />
        <form onSubmit={onCreate} noValidate className="stack">
          <TextField
            label={t('apiTokens.field.name')}
            hint={t('apiTokens.field.nameHint')}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submission.error}
            required
          />
          <fieldset className="stack">
            <legend>{t('apiTokens.field.scopes')}</legend>
            <p className="muted small">{t('apiTokens.field.scopesHint')}</p>
            <div className="scope-grid">
              {API_SCOPE_AREAS.map((area) => (
                <SelectField
                  key={area}
                  label={areaLabel(area)}
                  name={`scope-${area}`}
                  value={access[area]}
                  onChange={(event) => setAccess({ ...access, [area]: event.target.value as Access })}
                >
                  <option value="none">{t('apiTokens.access.none')}</option>
                  <option value="read">{t('apiTokens.access.read')}</option>
                  <option value="write">{t('apiTokens.access.write')}</option>
                </SelectField>
              ))}
            </div>
          </fieldset>
          <TextField
            label={t('apiTokens.field.expires')}
            name="expiresInDays"
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            error={submission.error}
          />
          <div>
            <button type="submit" className="btn" disabled={submission.pending}>
              {t('apiTokens.create.submit')}
            </button>
          </div>
        </form>
      </section>
      {list.items.length === 0 && !list.loading ? <p className="muted">{t('apiTokens.empty')}</p> : null}
      <ul className="session-list">
        {list.items.map((token) => (
          <li key={token.id} className="card session">
            <div className="session__main">
              <h2 className="session__device">
                {token.name}{' '}
                <Badge tone={token.status === 'active' ? 'success' : 'neutral'}>{t(STATUS_KEYS[token.status])}</Badge>
              </h2>
              <p className="muted small">
                {t('apiTokens.meta', {
                  scopes: describeScopes(token.scopes),
                  expires: formatDate(token.expiresAt),
                  lastUsed: token.lastUsedAt ? formatRelative(token.lastUsedAt) : t('apiTokens.neverUsed'),
                })}
              </p>
            </div>
            {token.abilities.revoke ? (
              <button
                type="button"
                className="btn btn--secondary btn--small"
                aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                onClick={() => void revoke(token)}
              >
                {t('apiTokens.revoke')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
