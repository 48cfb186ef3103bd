import type { CreateSsoProvider, UpdateSsoProvider } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { discover, redirectUriOf } from '../oidc.ts';
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

const present = async (ctx: AppContext, row: ProviderRow, actor: Actor) =>
  presentProvider(row, await redirectUriOf(ctx, ctx.db, row), actor);

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

export async function createProviderUseCase(ctx: AppContext, actor: Actor, input: CreateSsoProvider, ip: string) {
  if (!ssoPolicy.canManage(actor)) throw forbidden();
  const segmentId = input.audience === 'segment' ? input.segmentId : null;
  if (input.audience === 'segment' && !segmentId)
    throw fieldError('segmentId', 'required', 'Choose the segment this provider signs in.');
  if (segmentId && !(await segmentExists(ctx.db, segmentId)))
    throw fieldError('segmentId', 'unknown_segment', 'Choose an existing segment.');
  await checkJit(ctx, segmentId, input.jitAccounts, input.allowedDomains);
  const id = newId(ctx.clock.now().getTime());
  await ctx.db
    .transaction(async (tx) => {
      await insertProvider(tx, {
        id,
        name: input.name,
        issuer: input.issuer,
        client_id: input.clientId,
        client_secret_sealed: ctx.secretBox.seal(input.clientSecret),
        scopes: input.scopes,
        email_claim: input.emailClaim,
        allowed_domains: input.allowedDomains,
        audience: input.audience,
        segment_id: segmentId,
        jit_accounts: input.jitAccounts,
      });
      await recordAudit(tx, {
        action: 'sso_provider.created',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'sso_provider', id, label: input.name },
        ip,
        details: { issuer: input.issuer, audience: input.audience, segmentId },
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

export async function updateProviderUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateSsoProvider,
  ip: string,
) {
  const current = await readable(ctx, actor, id);
  if (!ssoPolicy.canManage(actor)) throw forbidden();
  await checkJit(
    ctx,
    current.segment_id,
    input.jitAccounts ?? current.jit_accounts,
    input.allowedDomains ?? current.allowed_domains,
  );
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateProvider(tx, id, input.version, {
      name: input.name,
      issuer: input.issuer,
      client_id: input.clientId,
      client_secret_sealed: input.clientSecret === undefined ? undefined : ctx.secretBox.seal(input.clientSecret),
      scopes: input.scopes,
      email_claim: input.emailClaim,
      allowed_domains: input.allowedDomains,
      jit_accounts: input.jitAccounts,
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
