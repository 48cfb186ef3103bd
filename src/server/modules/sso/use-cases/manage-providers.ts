import type { CreateSamlProvider, CreateSsoProvider, UpdateSsoProvider } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { discover, redirectUriOf } from '../oidc.ts';
import { normalizeCertificate, samlUrlsOf } from '../saml.ts';
import { NO_SAML_KEYS, samlKeyFields } from './saml-keys.ts';
import { ssoPolicy } from '../policy.ts';
import { presentProvider } from '../presenters.ts';
import {
  accountsInSegment,
  deleteProvider,
  findProvider,
  insertProvider,
  listProviders,
  segmentExists,
  updateProvider,
  type JitAccount,
  type ProviderRow,
} from '../repository.ts';

async function present(ctx: AppContext, row: ProviderRow, actor: Actor) {
  if (row.protocol === 'saml') {
    const urls = await samlUrlsOf(ctx, ctx.db, row);
    return presentProvider(row, { redirectUri: urls.acsUrl, samlEntityId: urls.entityId }, actor);
  }
  return presentProvider(row, { redirectUri: await redirectUriOf(ctx, ctx.db, row), samlEntityId: null }, actor);
}

export async function listProvidersUseCase(ctx: AppContext, actor: Actor) {
  if (!ssoPolicy.canRead(actor)) throw forbidden();
  const rows = await listProviders(ctx.db);
  return { items: await Promise.all(rows.map((row) => present(ctx, row, actor))), nextCursor: null };
}

async function readable(ctx: AppContext, actor: Actor, id: string) {
  if (!ssoPolicy.canRead(actor)) throw forbidden();
  const row = await findProvider(ctx.db, id);
  if (!row) throw notFound();
  return row;
}

export async function getProviderUseCase(ctx: AppContext, actor: Actor, id: string) {
  return present(ctx, await readable(ctx, actor, id), actor);
}

/** JIT mappings name accounts of the provider's own segment, and only domains the provider allows. */
async function checkJit(ctx: AppContext, segmentId: string | null, jit: JitAccount[], allowedDomains: string[]) {
  if (jit.length === 0) return;
  if (!segmentId)
    throw fieldError('jitAccounts', 'staff_no_jit', 'Staff are never created by single sign-on: invite them.');
  const known = await accountsInSegment(ctx.db, segmentId, [...new Set(jit.map((entry) => entry.accountId))]);
  jit.forEach((entry, index) => {
    if (!known.has(entry.accountId))
      throw fieldError(`jitAccounts.${index}.accountId`, 'unknown_account', 'Choose an account of this segment.');
    if (!allowedDomains.includes(entry.domain))
      throw fieldError(`jitAccounts.${index}.domain`, 'domain_not_allowed', 'Add this domain to the allowed domains.');
  });
}

type NewProvider = Omit<ProviderRow, 'id' | 'created_at' | 'updated_at' | 'version' | 'segment_id' | 'audience'>;

export function createProviderUseCase(ctx: AppContext, actor: Actor, input: CreateSsoProvider, ip: string) {
  return createAnyProvider(ctx, actor, input, ip, {
    name: input.name,
    protocol: 'oidc',
    issuer: input.issuer,
    client_id: input.clientId,
    client_secret_sealed: ctx.secretBox.seal(input.clientSecret),
    scopes: input.scopes,
    email_claim: input.emailClaim,
    allowed_domains: input.allowedDomains,
    jit_accounts: input.jitAccounts,
    saml_sso_url: null,
    saml_idp_certificate: null,
    ...NO_SAML_KEYS,
  });
}

export async function createSamlProviderUseCase(ctx: AppContext, actor: Actor, input: CreateSamlProvider, ip: string) {
  const certificate = normalizeCertificate(input.idpCertificate);
  if (!certificate)
    throw fieldError('idpCertificate', 'invalid_certificate', 'Paste the IdP signing certificate (PEM).');
  return createAnyProvider(ctx, actor, input, ip, {
    name: input.name,
    protocol: 'saml',
    issuer: input.idpEntityId,
    // OIDC-only columns stay empty for SAML.
    client_id: '',
    client_secret_sealed: '',
    scopes: [],
    email_claim: input.emailAttribute,
    allowed_domains: input.allowedDomains,
    jit_accounts: input.jitAccounts,
    saml_sso_url: input.ssoUrl,
    saml_idp_certificate: certificate,
    ...NO_SAML_KEYS,
    ...(await samlKeyFields(ctx, null, input, input.name)),
  });
}

async function createAnyProvider(
  ctx: AppContext,
  actor: Actor,
  input: { audience: 'staff' | 'segment'; segmentId: string | null },
  ip: string,
  fields: NewProvider,
) {
  if (!ssoPolicy.canManage(actor)) throw forbidden();
  const segmentId = input.audience === 'segment' ? input.segmentId : null;
  if (input.audience === 'segment' && !segmentId)
    throw fieldError('segmentId', 'required', 'Choose the segment this provider signs in.');
  if (segmentId && !(await segmentExists(ctx.db, segmentId)))
    throw fieldError('segmentId', 'unknown_segment', 'Choose an existing segment.');
  await checkJit(ctx, segmentId, fields.jit_accounts, fields.allowed_domains);
  const id = newId(ctx.clock.now().getTime());
  await ctx.db
    .transaction(async (tx) => {
      await insertProvider(tx, { id, ...fields, audience: input.audience, segment_id: segmentId });
      await recordAudit(tx, {
        action: 'sso_provider.created',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'sso_provider', id, label: fields.name },
        ip,
        details: { protocol: fields.protocol, issuer: fields.issuer, audience: input.audience, segmentId },
        occurredAt: ctx.clock.now(),
      });
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505')
        throw conflict('The firm already has a provider for staff.', 'staff_provider_exists');
      throw error;
    });
  return getProviderUseCase(ctx, actor, id);
}

/** OIDC fields on a SAML provider (or the reverse) are refused, not ignored. */
function checkProtocolFields(current: ProviderRow, input: UpdateSsoProvider) {
  const oidcOnly = ['issuer', 'clientId', 'clientSecret', 'scopes'] as const;
  const samlOnly = ['idpEntityId', 'ssoUrl', 'idpCertificate', 'signAuthnRequests', 'encryptedAssertions'] as const;
  const wrong = (current.protocol === 'saml' ? oidcOnly : samlOnly).find((key) => input[key] !== undefined);
  if (wrong) throw fieldError(wrong, 'wrong_protocol', `This field does not apply to a ${current.protocol} provider.`);
  if (input.idpCertificate === undefined) return undefined;
  const certificate = normalizeCertificate(input.idpCertificate);
  if (!certificate)
    throw fieldError('idpCertificate', 'invalid_certificate', 'Paste the IdP signing certificate (PEM).');
  return certificate;
}

export async function updateProviderUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateSsoProvider,
  ip: string,
) {
  const current = await readable(ctx, actor, id);
  if (!ssoPolicy.canManage(actor)) throw forbidden();
  const certificate = checkProtocolFields(current, input);
  await checkJit(
    ctx,
    current.segment_id,
    input.jitAccounts ?? current.jit_accounts,
    input.allowedDomains ?? current.allowed_domains,
  );
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateProvider(tx, id, input.version, {
      name: input.name,
      issuer: input.issuer ?? input.idpEntityId,
      client_id: input.clientId,
      client_secret_sealed: input.clientSecret === undefined ? undefined : ctx.secretBox.seal(input.clientSecret),
      scopes: input.scopes,
      email_claim: input.emailClaim,
      allowed_domains: input.allowedDomains,
      jit_accounts: input.jitAccounts,
      saml_sso_url: input.ssoUrl,
      saml_idp_certificate: certificate,
      ...(await samlKeyFields(ctx, current, input, input.name ?? current.name)),
    });
    if (!updated) throw conflict('Someone else changed this provider. Reload it and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'sso_provider.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'sso_provider', id, label: updated.name },
      ip,
      // Which fields changed, never the secret itself.
      details: { fields: Object.keys(input).filter((key) => key !== 'version') },
      occurredAt: ctx.clock.now(),
    });
    return updated;
  });
  return present(ctx, row, actor);
}

export async function deleteProviderUseCase(ctx: AppContext, actor: Actor, id: string, ip: string) {
  const current = await readable(ctx, actor, id);
  if (!ssoPolicy.canManage(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteProvider(tx, id))) throw notFound();
    await recordAudit(tx, {
      action: 'sso_provider.deleted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'sso_provider', id, label: current.name },
      ip,
      occurredAt: ctx.clock.now(),
    });
  });
  return { ok: true as const };
}

/** "Test": runs discovery with the stored settings and says what the provider answered. */
export async function testProviderUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await readable(ctx, actor, id);
  if (!ssoPolicy.canManage(actor)) throw forbidden();
  if (row.protocol === 'saml')
    return { ok: true, issuer: row.issuer, authorizationEndpoint: row.saml_sso_url, message: null };
  try {
    const config = await discover(ctx, row.issuer, row.client_id, ctx.secretBox.open(row.client_secret_sealed));
    const metadata = config.serverMetadata();
    return {
      ok: true,
      issuer: metadata.issuer,
      authorizationEndpoint: metadata.authorization_endpoint ?? null,
      message: null,
    };
  } catch (error) {
    return { ok: false, issuer: null, authorizationEndpoint: null, message: (error as Error).message.slice(0, 300) };
  }
}
