import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

/** What the SAML key rollover needs to know of a provider (a subset of its row). */
interface RolloverState {
  protocol: string;
  saml_sp_signing_key_sealed: string | null;
  saml_sp_decryption_key_sealed: string | null;
  saml_sp_keys_rotated_at: Date | null;
}

/** Providers decide who may sign in to the portal: staff read them, only owners and admins change them. */
export const ssoPolicy = {
  canRead: (actor: Actor) => actor.staffRole !== null,
  canManage: (actor: Actor) => isStaffAdmin(actor),
  /** A rotation needs SP keys to replace and no rollover still open (one previous key pair at a time). */
  canRotateSamlKeys: (actor: Actor, row: RolloverState) =>
    isStaffAdmin(actor) &&
    row.protocol === 'saml' &&
    Boolean(row.saml_sp_signing_key_sealed || row.saml_sp_decryption_key_sealed) &&
    row.saml_sp_keys_rotated_at === null,
  canRetireSamlKeys: (actor: Actor, row: RolloverState) =>
    isStaffAdmin(actor) && row.protocol === 'saml' && row.saml_sp_keys_rotated_at !== null,
  abilities: (actor: Actor, row: RolloverState) => ({
    update: isStaffAdmin(actor),
    delete: isStaffAdmin(actor),
    rotateSamlKeys: ssoPolicy.canRotateSamlKeys(actor, row),
    retireSamlKeys: ssoPolicy.canRetireSamlKeys(actor, row),
  }),
};
