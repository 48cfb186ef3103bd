import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { requireRecentProof } from '../../identity/index.ts';
import { ssoPolicy } from '../policy.ts';
import { findProvider, retireSamlKeys, rotateSamlKeys } from '../repository.ts';
import { getProviderUseCase } from './manage-providers.ts';

/**
 * SAML SP key rotation, in two explicit steps so no IdP is cut off:
 * 1. rotate: new signing and encryption key pairs (for the keys the provider has) become current at once (requests
 *    are signed with the new key); the previous ones stay, sealed, and the metadata publishes both certificates, and
 *    an assertion encrypted to the previous certificate still decrypts while the IdPs pick up the new one;
 * 2. retire: the previous keys are forgotten; from then on only the new ones count.
 * Both need a recent proof (step-up) and are audited; a second rotation before retirement is 409.
 */
async function manageable(ctx: AppContext, actor: Actor, id: string) {
  if (!ssoPolicy.canRead(actor)) throw forbidden();
  const row = await findProvider(ctx.db, id);
  if (!row || row.protocol !== 'saml') throw notFound();
  if (!ssoPolicy.canManage(actor)) throw forbidden();
  await requireRecentProof(ctx, actor);
  return row;
}

export async function rotateSamlKeysUseCase(ctx: AppContext, actor: Actor, id: string, ip: string) {
  const row = await manageable(ctx, actor, id);
  if (!row.saml_sp_signing_key_sealed && !row.saml_sp_decryption_key_sealed)
    throw conflict('This provider has no SP keys yet: turn on request signing or encrypted assertions.', 'no_keys');
  const now = ctx.clock.now();
  // node-forge (the certificates) loads when a key is made, not at every start (as in saml-keys.ts).
  const { newSpKeyPair } = await import('../sp-keys.ts');
  const signing = row.saml_sp_signing_key_sealed ? newSpKeyPair(`Portico SP signing: ${row.name}`, now) : null;
  const encryption = row.saml_sp_decryption_key_sealed ? newSpKeyPair(`Portico SP encryption: ${row.name}`, now) : null;
  await ctx.db.transaction(async (tx) => {
    const rotated = await rotateSamlKeys(
      tx,
      id,
      {
        signingKeySealed: signing ? ctx.secretBox.seal(signing.privateKey) : null,
        signingCertificate: signing?.certificate ?? null,
        decryptionKeySealed: encryption ? ctx.secretBox.seal(encryption.privateKey) : null,
        encryptionCertificate: encryption?.certificate ?? null,
      },
      now,
    );
    if (!rotated) throw conflict('A key rollover is already open: retire the previous keys first.', 'rollover_open');
    await recordAudit(tx, {
      action: 'sso_provider.saml_keys_rotated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'sso_provider', id, label: row.name },
      ip,
      details: { signing: Boolean(signing), encryption: Boolean(encryption) },
      occurredAt: now,
    });
  });
  return getProviderUseCase(ctx, actor, id);
}

export async function retireSamlKeysUseCase(ctx: AppContext, actor: Actor, id: string, ip: string) {
  const row = await manageable(ctx, actor, id);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await retireSamlKeys(tx, id, now))) throw conflict('There are no previous keys to retire.', 'no_rollover');
    await recordAudit(tx, {
      action: 'sso_provider.saml_keys_retired',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'sso_provider', id, label: row.name },
      ip,
      occurredAt: now,
    });
  });
  return getProviderUseCase(ctx, actor, id);
}
