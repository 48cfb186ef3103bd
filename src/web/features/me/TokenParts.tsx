import { useState, type FormEvent, type ReactNode } from 'react';
import { API_SCOPE_AREAS, type ApiScopeArea, type ApiToken, type ApiTokenScope } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { formatDate, formatRelative, t, type MessageKey } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';

/*
 * What personal API tokens (me) and the firm's service tokens (console) share: the create form (scope picker, the
 * secret shown once) and a token's card in the list.
 */

export type Access = 'none' | 'read' | 'write';
export type ScopeAccess = Record<ApiScopeArea, Access>;

const areaLabel = (area: ApiScopeArea) => t(area === 'core' ? 'apiTokens.scopeArea.core' : `module.${area}`);
export const allRead = () => Object.fromEntries(API_SCOPE_AREAS.map((area) => [area, 'read'])) as ScopeAccess;
export const scopesOf = (access: ScopeAccess): ApiTokenScope[] =>
  API_SCOPE_AREAS.flatMap((area) => (access[area] === 'none' ? [] : [`${area}:${access[area]}` as ApiTokenScope]));

/** "Tickets: read and write, Documents: read": a token's scopes as a person reads them. */
export function describeScopes(scopes: readonly ApiTokenScope[]) {
  return API_SCOPE_AREAS.flatMap((area) => {
    const access = scopes.includes(`${area}:write`) ? 'write' : scopes.includes(`${area}:read`) ? 'read' : null;
    return access ? [`${areaLabel(area)}: ${t(`apiTokens.access.${access}`)}`] : [];
  }).join(', ');
}

/** One select per area: no access, read, or read and write. */
export function ScopeFields({ access, onChange }: { access: ScopeAccess; onChange: (next: ScopeAccess) => void }) {
  return (
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
            onChange={(event) => onChange({ ...access, [area]: event.target.value as Access })}
          >
            <option value="none">{t('apiTokens.access.none')}</option>
            <option value="read">{t('apiTokens.access.read')}</option>
            <option value="write">{t('apiTokens.access.write')}</option>
          </SelectField>
        ))}
      </div>
    </fieldset>
  );
}

/** The new token's secret, shown this once, with copy and "I stored it". */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const toast = useToast();
  const copy = async () => {
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    toast(t('apiTokens.created.copied'));
  };
  return (
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
        <button type="button" className="btn" onClick={onDone}>
          {t('apiTokens.created.done')}
        </button>
      </div>
    </section>
  );
}

export interface NewToken {
  name: string;
  scopes: ApiTokenScope[];
  expiresInDays: number;
}

/** Field names the form's alert links to: the common ones and whatever `children` adds. */
const FORM_FIELDS = ['name', 'scopes', 'expiresInDays'];

/**
 * The create form of a token (name, scopes, expiry): `create` sends it with the submission's Idempotency-Key and
 * returns the secret, which the form then shows once; the form is cleared after a success.
 */
export function TokenCreateForm(props: {
  labels: { title: string; name: string; nameHint: string; submit: string };
  create: (token: NewToken, idempotencyKey: string) => Promise<string | undefined>;
  /** Fields of one kind of token only (a service token's requests per minute), shown before the submit button. */
  children?: (error: unknown) => ReactNode;
  extraFieldNames?: string[];
}) {
  const submission = useSubmit();
  const [name, setName] = useState('');
  const [access, setAccess] = useState(allRead);
  const [days, setDays] = useState('90');
  const [secret, setSecret] = useState<string | null>(null);

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    let created: string | undefined;
    const ok = await submission.run(async (key) => {
      created = await props.create({ name, scopes: scopesOf(access), expiresInDays: Number(days) }, key);
    });
    if (ok && created) {
      setSecret(created);
      setName('');
      setAccess(allRead());
    }
  };

  return (
    <>
      {secret ? <SecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
      <section className="panel stack">
        <h2>{props.labels.title}</h2>
        <FormAlert error={submission.error} fields={[...FORM_FIELDS, ...(props.extraFieldNames ?? [])]} />
        <form onSubmit={onCreate} noValidate className="stack">
          <TextField
            label={props.labels.name}
            hint={props.labels.nameHint}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submission.error}
            required
          />
          <ScopeFields access={access} onChange={setAccess} />
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
          {props.children?.(submission.error)}
          <div>
            <button type="submit" className="btn" disabled={submission.pending}>
              {props.labels.submit}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}

const STATUS_KEYS: Record<ApiToken['status'], MessageKey> = {
  active: 'apiTokens.status.active',
  expired: 'apiTokens.status.expired',
  revoked: 'apiTokens.status.revoked',
};

/** One token in a list: name and status, scopes, expiry and last use, what `children` adds, and Revoke. */
export function TokenCard({
  token,
  onRevoke,
  children,
}: {
  token: Pick<ApiToken, 'name' | 'status' | 'scopes' | 'expiresAt' | 'lastUsedAt' | 'abilities'>;
  onRevoke: () => void;
  children?: ReactNode;
}) {
  return (
    <li className="card session">
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
        {children}
      </div>
      {token.abilities.revoke ? (
        <button
          type="button"
          className="btn btn--secondary btn--small"
          aria-label={t('apiTokens.revokeNamed', { name: token.name })}
          onClick={onRevoke}
        >
          {t('apiTokens.revoke')}
        </button>
      ) : null}
    </li>
  );
}
