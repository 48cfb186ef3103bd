import type { StaffRole } from '../../../../contract/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { checkNewPassword, hashPassword } from '../../../platform/security/passwords.ts';
import { recordAudit } from '../../audit/index.ts';
import { readPortalSettings } from '../../settings/index.ts';
import {
  findUserByEmail,
  insertUser,
  revokeAllApiTokensOfUser,
  revokeAllSessionsOfUser,
  revokeAuthTokensOfUser,
  setPasswordHash,
} from '../repository.ts';
import { enqueueSecurityNotice } from './security-notices.ts';

/** For the operator's CLI: the same password rules and audit as the web, with errors as plain sentences. */
export class AdminCommandError extends Error {
  override name = 'AdminCommandError';
}

export async function createStaffAdmin(
  ctx: AppContext,
  input: { email: string; name: string; password: string; role: Extract<StaffRole, 'owner' | 'admin'> },
) {
  const email = input.email.trim().toLowerCase();
  const problem = checkNewPassword(input.password, email, (await readPortalSettings(ctx.db)).name);
  if (problem) throw new AdminCommandError(`Password refused: ${problem.message}`);
  if (await findUserByEmail(ctx.db, email))
    throw new AdminCommandError(`A user with the email ${email} exists already.`);
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await insertUser(tx, { id, email, name: input.name, passwordHash, staffRole: input.role });
    await recordAudit(tx, {
      action: 'user.created',
      actor: { id, label: 'cli' },
      target: { type: 'user', id, label: email },
      details: { role: input.role, via: 'cli' },
      occurredAt: ctx.clock.now(),
    });
  });
  return email;
}

/** Sets a password and ends every session of the user (other processes hear of it through the session cache sync). */
export async function setPasswordByOperator(ctx: AppContext, emailInput: string, password: string) {
  const user = await findUserByEmail(ctx.db, emailInput);
  if (!user) throw new AdminCommandError(`No user with the email ${emailInput}.`);
  const problem = checkNewPassword(password, user.email, (await readPortalSettings(ctx.db)).name);
  if (problem) throw new AdminCommandError(`Password refused: ${problem.message}`);
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await revokeAllSessionsOfUser(tx, user.id, now);
    await revokeAuthTokensOfUser(tx, user.id, ['password_reset', 'magic_link'], now);
    // The same as a reset by email: the operator resets because the account may be in the wrong hands.
    const apiTokensRevoked = await revokeAllApiTokensOfUser(tx, user.id, now);
    await enqueueSecurityNotice(tx, user.id, { kind: 'passwordReset', apiTokensRevoked }, now);
    await recordAudit(tx, {
      action: 'password.reset',
      target: { type: 'user', id: user.id, label: user.email },
      details: { via: 'cli', apiTokensRevoked },
      occurredAt: now,
    });
  });
  return user.email;
}
