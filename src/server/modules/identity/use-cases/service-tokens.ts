import type { CreateServiceToken, UpdateServiceToken } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { serviceTokenPolicy } from '../policy.ts';
import { presentServiceToken } from '../presenters.ts';
import {
  findServiceToken,
  insertServiceToken,
  listServiceTokens,
  revokeServiceToken,
  updateServiceToken,
  type ServiceTokenRow,
} from '../repository-service-tokens.ts';
import { requireRecentProof } from './step-up.ts';

/** Recognisable in logs and by secret scanners, and told apart from a person's `pat_` at the gate. */
export const SERVICE_TOKEN_PREFIX = 'svc_';

function requireManager(actor: Actor) {
  if (!serviceTokenPolicy.canManage(actor)) throw forbidden('Only owners and admins manage integrations.');
}

const present = (ctx: AppContext, row: ServiceTokenRow, actor: Actor) =>
  presentServiceToken(row, actor, ctx.clock.now(), ctx.config.rateLimits.apiTokenRequestsPerMinute);

async function presentById(ctx: AppContext, actor: Actor, id: string) {
  const row = await findServiceToken(ctx.db, id);
  if (!row) throw notFound();
  return present(ctx, row, actor);
}

export async function listServiceTokensUseCase(ctx: AppContext, actor: Actor) {
  requireManager(actor);
  return {
    items: (await listServiceTokens(ctx.db)).map((row) => present(ctx, row, actor)),
    nextCursor: null,
    defaultRequestsPerMinute: ctx.config.rateLimits.apiTokenRequestsPerMinute,
    abilities: { create: serviceTokenPolicy.canManage(actor) },
  };
}

/**
 * Creates an integration's token and its integration person (the author of what it writes); the secret is returned
 * once. It outlives the session and its maker, so minting one needs a recent proof (step-up), like a personal token.
 */
export async function createServiceTokenUseCase(ctx: AppContext, actor: Actor, input: CreateServiceToken) {
  requireManager(actor);
  await requireRecentProof(ctx, actor);
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  const token = newSecretToken(SERVICE_TOKEN_PREFIX);
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  await ctx.db.transaction(async (tx) => {
    await insertServiceToken(tx, {
      id,
      name: input.name,
      tokenHash: hashToken(token),
      scopes: input.scopes,
      createdBy: actor.userId,
      now,
      expiresAt,
      requestsPerMinute: input.requestsPerMinute ?? null,
    });
    await recordAudit(tx, {
      action: 'service_token.created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'service_token', id, label: input.name },
      details: {
        scopes: input.scopes,
        expiresAt: expiresAt.toISOString(),
        requestsPerMinute: input.requestsPerMinute ?? null,
      },
      occurredAt: now,
    });
  });
  return { ...(await presentById(ctx, actor, id)), token };
}

/**
 * Renames a live token or sets its requests per minute. Raising a budget widens what a leaked secret can do, so
 * this needs a recent proof like minting; effective at the token's next request in every process.
 */
export async function updateServiceTokenUseCase(ctx: AppContext, actor: Actor, id: string, input: UpdateServiceToken) {
  requireManager(actor);
  await requireRecentProof(ctx, actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await findServiceToken(tx, id);
    if (!row || !(await updateServiceToken(tx, id, input, now))) throw notFound();
    await recordAudit(tx, {
      action: 'service_token.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'service_token', id, label: input.name ?? row.name },
      details: {
        ...(input.name !== undefined ? { name: { from: row.name, to: input.name } } : {}),
        ...(input.requestsPerMinute !== undefined
          ? { requestsPerMinute: { from: row.requests_per_minute, to: input.requestsPerMinute } }
          : {}),
      },
      occurredAt: now,
    });
  });
  return presentById(ctx, actor, id);
}

/**
 * Effective at once; a token already revoked is 404 (nothing left to revoke). Its integration person stays, the
 * author of what it wrote, and can never act: it has no sign-in and the token gate refuses a revoked token.
 */
export async function revokeServiceTokenUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireManager(actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await findServiceToken(tx, id);
    if (!row || !(await revokeServiceToken(tx, id, actor.userId, now))) throw notFound();
    await recordAudit(tx, {
      action: 'service_token.revoked',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'service_token', id, label: row.name },
      occurredAt: now,
    });
  });
  return presentById(ctx, actor, id);
}
