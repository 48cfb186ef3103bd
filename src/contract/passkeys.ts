import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';

/** A passkey as its owner sees it: never the key itself. */
export const Passkey = z.object({
  id: Id,
  name: z.string(),
  /** multiDevice: synced (a password manager, iCloud Keychain); singleDevice: bound to one authenticator. */
  deviceType: z.enum(['singleDevice', 'multiDevice']),
  backedUp: z.boolean(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  abilities: Abilities('rename', 'remove'),
});
export type Passkey = z.infer<typeof Passkey>;

export const PasskeyName = z.string().trim().min(1).max(80);
export const RenamePasskey = z.object({ name: PasskeyName }).strict();

/**
 * WebAuthn options for `navigator.credentials.create/get` (the JSON form @simplewebauthn/browser takes), with the id
 * of the server-side challenge the answer must name. The challenge is single-use and expires within minutes.
 */
export const PasskeyOptions = z.object({
  challengeId: Id,
  options: z.record(z.string(), z.unknown()),
});
export type PasskeyOptions = z.infer<typeof PasskeyOptions>;

/** The authenticator's answer as @simplewebauthn/browser returns it (checked in full by the server library). */
const WebAuthnResponse = z
  .object({
    id: z.string().min(1).max(1400),
    rawId: z.string().min(1).max(1400),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  })
  .passthrough();

export const RegisterPasskey = z
  .object({ challengeId: Id, name: PasskeyName.default('Passkey'), response: WebAuthnResponse })
  .strict();
export const RegisteredPasskey = z.object({
  passkey: Passkey,
  /** Recovery codes, shown once, when this was the first second factor of an account that had none. */
  recoveryCodes: z.array(z.string()).nullable(),
});
export const PasskeyAssertion = z.object({ challengeId: Id, response: WebAuthnResponse }).strict();
