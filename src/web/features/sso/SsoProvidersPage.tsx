import { useState } from 'react';
import type { SsoProvider } from '../../../contract/index.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { SamlKeyRollover } from './SamlKeyRollover.tsx';
import { SamlSpCertificates } from './SamlSpOptions.tsx';
import { ProviderForm } from './SsoProviderForm.tsx';

/** Console › Single sign-on: the providers, each with its redirect URI, a discovery test, edit and remove. */
export function SsoProvidersPage() {
  const list = useApi('/api/v1/sso/providers');
  const segments = useApi('/api/v1/segments');
  const action = useSubmit();
  const confirm = useConfirm();
  const [editing, setEditing] = useState<SsoProvider | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A saved form starts over empty (a new key mounts a fresh one).
  const [formKey, setFormKey] = useState(0);

  const onTest = (provider: SsoProvider) =>
    action.run(async () => {
      const { data: result } = await porticoApi.POST('/api/v1/sso/providers/{providerId}/test', {
        params: { path: { providerId: provider.id } },
      });
      setNotice(
        result?.ok
          ? t('sso.tested.ok', { issuer: result.issuer ?? '' })
          : t('sso.tested.failed', { message: result?.message ?? '' }),
      );
    });
  const onDelete = async (provider: SsoProvider) => {
    // Removing a provider signs nobody out, but its button and identity links go: people of an SSO-only segment
    // can no longer sign in with it.
    const sure = await confirm({
      title: t('sso.deleteConfirm.title', { name: provider.name }),
      message: t('sso.deleteConfirm.body'),
      confirmLabel: t('sso.delete'),
      danger: true,
    });
    if (!sure) return;
    const removed = await action.run(() =>
      porticoApi.DELETE('/api/v1/sso/providers/{providerId}', { params: { path: { providerId: provider.id } } }),
    );
    if (removed) list.reload();
  };
  const segmentName = (id: string | null) => segments.data?.items.find((segment) => segment.id === id)?.name ?? '';

  return (
    <>
      <PageHeader title={t('sso.console.title')} description={t('sso.console.intro')} />
      <Notice>{notice}</Notice>
      <FormAlert error={action.error} />
      <section className="panel stack" aria-labelledby="sso-list">
        <h2 id="sso-list">{t('sso.console.title')}</h2>
        {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {!list.data && !list.error ? <Loading /> : null}
        {list.data && !list.data.items.length ? <EmptyState title={t('sso.console.empty')} /> : null}
        {list.data?.items.length ? (
          // A list, not a table: the redirect URI is long and must stay readable on a phone.
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {list.data.items.map((provider) => (
              <li key={provider.id} className="stack">
                <strong>
                  {provider.name} ·{' '}
                  {provider.audience === 'staff' ? t('sso.audience.staff') : segmentName(provider.segmentId)}
                </strong>
                <span>{provider.protocol === 'saml' ? t('sso.protocol.saml') : t('sso.protocol.oidc')}</span>
                <span>
                  {provider.protocol === 'saml' ? t('sso.col.acs') : t('sso.col.redirect')}:{' '}
                  <code style={{ whiteSpace: 'normal', wordBreak: 'break-all' }}>{provider.redirectUri}</code>
                </span>
                {provider.samlEntityId ? (
                  <span>
                    {t('sso.col.spEntityId')}:{' '}
                    <a href={provider.samlEntityId} style={{ wordBreak: 'break-all' }}>
                      {provider.samlEntityId}
                    </a>
                  </span>
                ) : null}
                <SamlSpCertificates provider={provider} />
                <SamlKeyRollover provider={provider} onChanged={list.reload} />
                <div className="form-actions">
                  {provider.protocol === 'oidc' ? (
                    <button
                      type="button"
                      className="btn btn--secondary btn--small"
                      onClick={() => void onTest(provider)}
                    >
                      {t('sso.test')}
                    </button>
                  ) : null}
                  {provider.abilities.update ? (
                    <button
                      type="button"
                      className="btn btn--secondary btn--small"
                      onClick={() => setEditing(provider)}
                    >
                      {t('sso.console.edit', { name: provider.name })}
                    </button>
                  ) : null}
                  {provider.abilities.delete ? (
                    <button
                      type="button"
                      className="btn btn--danger btn--small"
                      onClick={() => void onDelete(provider)}
                    >
                      {t('sso.delete')}
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {segments.data ? (
        <section className="panel stack" aria-labelledby="sso-form">
          <h2 id="sso-form">{editing ? t('sso.console.edit', { name: editing.name }) : t('sso.console.add')}</h2>
          <ProviderForm
            key={`${editing?.id ?? 'new'}-${formKey}`}
            provider={editing}
            segments={segments.data.items}
            onSaved={() => {
              setEditing(null);
              setFormKey((value) => value + 1);
              setNotice(t('sso.saved'));
              list.reload();
            }}
          />
        </section>
      ) : null}
    </>
  );
}
