import { useState, type FormEvent } from 'react';
import type { Segment, SsoProvider } from '../../../contract/index.ts';
import { porticoApi, type BodyOf } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { SamlOptionsFields } from './SamlSpOptions.tsx';

const splitList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** "acme.example <accountId> member", one per line. */
const parseJit = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .flatMap(([domain, accountId, role]) =>
      domain && accountId
        ? [{ domain, accountId, role: role === 'account_admin' ? ('account_admin' as const) : ('member' as const) }]
        : [],
    );

/** Add or edit one provider (OpenID Connect or SAML): who it is for, its endpoints, and just-in-time accounts. */
export function ProviderForm({
  provider,
  segments,
  onSaved,
}: {
  provider: SsoProvider | null;
  segments: Segment[];
  onSaved: () => void;
}) {
  const submission = useSubmit();
  const [protocol, setProtocol] = useState<'oidc' | 'saml'>(provider?.protocol ?? 'oidc');
  const saml = protocol === 'saml';
  const [ssoUrl, setSsoUrl] = useState(provider?.samlSsoUrl ?? '');
  const [certificate, setCertificate] = useState('');
  const [samlOptions, setSamlOptions] = useState({
    signAuthnRequests: provider?.samlSignAuthnRequests ?? false,
    encryptedAssertions: provider?.samlEncryptedAssertions ?? false,
  });
  const [name, setName] = useState(provider?.name ?? '');
  const [issuer, setIssuer] = useState(provider?.issuer ?? '');
  const [clientId, setClientId] = useState(provider?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [scopes, setScopes] = useState((provider?.scopes ?? ['openid', 'email', 'profile']).join(' '));
  const [emailClaim, setEmailClaim] = useState(provider?.emailClaim ?? 'email');
  const [domains, setDomains] = useState((provider?.allowedDomains ?? []).join(', '));
  const [audience, setAudience] = useState<'staff' | 'segment'>(provider?.audience ?? 'segment');
  const [segmentId, setSegmentId] = useState(provider?.segmentId ?? segments[0]?.id ?? '');
  const [jit, setJit] = useState(
    (provider?.jitAccounts ?? []).map((entry) => `${entry.domain} ${entry.accountId} ${entry.role}`).join('\n'),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name,
      issuer,
      clientId,
      scopes: splitList(scopes),
      emailClaim,
      allowedDomains: splitList(domains),
      jitAccounts: parseJit(jit),
    };
    const shared = { name, allowedDomains: fields.allowedDomains, jitAccounts: fields.jitAccounts };
    const samlFields = {
      idpEntityId: issuer,
      ssoUrl,
      ...samlOptions,
      ...(certificate ? { idpCertificate: certificate } : {}),
    };
    const target = audience === 'segment' ? segmentId : null;
    const ok = await submission.run(async (idempotencyKey) => {
      if (saml && provider)
        await porticoApi.PATCH('/api/v1/sso/providers/{providerId}', {
          params: { path: { providerId: provider.id } },
          body: { ...shared, ...samlFields, emailClaim, version: provider.version },
        });
      else if (saml)
        await porticoApi.POST('/api/v1/sso/saml-providers', {
          // Without a certificate the server answers which field is missing, as before: sent as typed.
          body: { ...shared, ...samlFields, emailAttribute: emailClaim, audience, segmentId: target } as BodyOf<
            '/api/v1/sso/saml-providers',
            'post'
          >,
          headers: { 'Idempotency-Key': idempotencyKey },
        });
      else if (provider)
        await porticoApi.PATCH('/api/v1/sso/providers/{providerId}', {
          params: { path: { providerId: provider.id } },
          body: { ...fields, ...(clientSecret ? { clientSecret } : {}), version: provider.version },
        });
      else
        await porticoApi.POST('/api/v1/sso/providers', {
          body: { ...fields, clientSecret, audience, segmentId: target },
          headers: { 'Idempotency-Key': idempotencyKey },
        });
    });
    if (ok) onSaved();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormAlert
        error={submission.error}
        fields={['name', 'issuer', 'clientId', 'clientSecret', 'idpEntityId', 'ssoUrl', 'allowedDomains']}
      />
      <TextField
        label={t('sso.field.name')}
        name="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={submission.error}
      />
      {provider ? null : (
        <SelectField
          label={t('sso.field.protocol')}
          name="protocol"
          value={protocol}
          onChange={(e) => setProtocol(e.target.value as 'oidc' | 'saml')}
          error={submission.error}
        >
          <option value="oidc">{t('sso.protocol.oidc')}</option>
          <option value="saml">{t('sso.protocol.saml')}</option>
        </SelectField>
      )}
      {saml ? (
        <>
          <TextField
            label={t('sso.field.idpEntityId')}
            name="idpEntityId"
            required
            value={issuer}
            onChange={(e) => setIssuer(e.target.value)}
            error={submission.error}
          />
          <TextField
            label={t('sso.field.ssoUrl')}
            name="ssoUrl"
            type="url"
            required
            value={ssoUrl}
            onChange={(e) => setSsoUrl(e.target.value)}
            error={submission.error}
          />
          <div className="field">
            <label htmlFor="sso-certificate">{t('sso.field.idpCertificate')}</label>
            <p className="field-hint" id="sso-certificate-hint">
              {provider ? t('sso.field.idpCertificateKeep') : t('sso.field.idpCertificateHint')}
            </p>
            <textarea
              id="sso-certificate"
              name="idpCertificate"
              aria-describedby="sso-certificate-hint"
              rows={4}
              spellCheck={false}
              value={certificate}
              onChange={(e) => setCertificate(e.target.value)}
            />
          </div>
          <SamlOptionsFields value={samlOptions} onChange={setSamlOptions} />
        </>
      ) : (
        <>
          <TextField
            label={t('sso.field.issuer')}
            name="issuer"
            type="url"
            required
            hint={t('sso.field.issuerHint')}
            value={issuer}
            onChange={(e) => setIssuer(e.target.value)}
            error={submission.error}
          />
          <TextField
            label={t('sso.field.clientId')}
            name="clientId"
            required
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            error={submission.error}
          />
          <TextField
            label={t('sso.field.clientSecret')}
            name="clientSecret"
            type="password"
            autoComplete="off"
            required={!provider}
            hint={provider ? t('sso.field.clientSecretKeep') : undefined}
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
            error={submission.error}
          />
          <TextField
            label={t('sso.field.scopes')}
            name="scopes"
            value={scopes}
            onChange={(e) => setScopes(e.target.value)}
            error={submission.error}
          />
        </>
      )}
      <TextField
        label={saml ? t('sso.field.emailAttribute') : t('sso.field.emailClaim')}
        name="emailClaim"
        value={emailClaim}
        onChange={(e) => setEmailClaim(e.target.value)}
        error={submission.error}
      />
      <TextField
        label={t('sso.field.allowedDomains')}
        name="allowedDomains"
        value={domains}
        onChange={(e) => setDomains(e.target.value)}
        error={submission.error}
      />
      {provider ? null : (
        <SelectField
          label={t('sso.field.audience')}
          name="audience"
          value={audience}
          onChange={(e) => setAudience(e.target.value as 'staff' | 'segment')}
          error={submission.error}
        >
          <option value="segment">{t('sso.audience.segment')}</option>
          <option value="staff">{t('sso.audience.staff')}</option>
        </SelectField>
      )}
      {!provider && audience === 'segment' ? (
        <SelectField
          label={t('sso.field.segment')}
          name="segmentId"
          value={segmentId}
          onChange={(e) => setSegmentId(e.target.value)}
          error={submission.error}
        >
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {(provider?.audience ?? audience) === 'segment' ? (
        <div className="field">
          <label htmlFor="sso-jit">{t('sso.field.jit')}</label>
          <p className="field-hint" id="sso-jit-hint">
            {t('sso.field.jitHint')}
          </p>
          <textarea
            id="sso-jit"
            aria-describedby="sso-jit-hint"
            rows={3}
            value={jit}
            onChange={(e) => setJit(e.target.value)}
          />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('sso.save')}
        </button>
      </div>
    </form>
  );
}
