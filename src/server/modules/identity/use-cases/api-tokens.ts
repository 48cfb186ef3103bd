import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { presentApiToken } from '../presenters.ts';
import { enqueueSecurityNotice } from './security-notices.ts';
import { requireRecentProof } from './step-up.ts';
import { insertApiToken, listApiTokensOfUser, revokeApiTokenOfUser, type ApiTokenRow } from '../repository.ts';

/** Recognisable in logs and by secret scanners; the rest is 256 random bits. */
export const API_TOKEN_PREFIX = 'pat_';

export async function listMyApiTokens(ctx: AppContext, actor: Actor) {
  const now = ctx.clock.now();
  return {
    items: (await listApiTokensOfUser(ctx.db, actor.userId)).map((row) => presentApiToken(row, actor, now)),
    nextCursor: null,
  };
}

/**
 * Creates a token for the signed-in person, acting with their own access; the secret is returned once. A token
 * outlives the session, so minting one needs a recent proof of the password or a code (step-up).
 */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; scopes: ApiTokenRow['scopes']; expiresInDays: number },
  meta: RequestMeta,
) {
  await requireRecentProof(ctx, actor);
  const now = ctx.clock.now();
  const token = newSecretToken(API_TOKEN_PREFIX);
  const row: ApiTokenRow = {
    id: newId(now.getTime()),
    user_id: actor.userId,
    name: input.name,
    scopes: input.scopes,
    created_at: now,
    expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000),
    last_used_at: null,
    revoked_at: null,
  };
  await ctx.db.transaction(async (tx) => {
    await insertApiToken(tx, {
      id: row.id,
      userId: actor.userId,
      name: row.name,
      tokenHash: hashToken(token),
      scopes: row.scopes,
      now,
      expiresAt: row.expires_at,
    });
    await enqueueSecurityNotice(
      tx,
      actor.userId,
      { kind: 'apiTokenCreated', tokenName: row.name, scopes: row.scopes },
      now,
    );
    await recordAudit(tx, {
      action: 'api_token.created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'api_token', id: row.id, label: row.name },
      ip: meta.ip,
      details: { scopes: row.scopes, expiresAt: row.expires_at.toISOString() },
      occurredAt: now,
    });
  });
  return { ...presentApiToken(row, actor, now), token };
}

export async function revokeMyApiToken(ctx: AppContext, actor: Actor, tokenId: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await revokeApiTokenOfUser(tx, actor.userId, tokenId, now);
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'api_token.revoked',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'api_token', id: row.id, label: row.name },
      ip: meta.ip,
      occurredAt: now,
    });
    return presentApiToken(row, actor, now);
  });
}
