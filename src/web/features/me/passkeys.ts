import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import type { PasskeyOptions } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';

export const passkeysSupported = () => browserSupportsWebAuthn();

type RegistrationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type AuthenticationOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];

/** The browser's prompt was dismissed or failed: a message the form shows, not a crash. */
function ceremonyError(error: unknown): ApiError {
  const name = error instanceof Error ? error.name : '';
  const cancelled = name === 'NotAllowedError' || name === 'AbortError';
  return new ApiError({
    status: 400,
    code: cancelled ? 'passkey_cancelled' : 'passkey_unavailable',
    title: t(cancelled ? 'passkeys.error.cancelled' : 'passkeys.error.unavailable'),
  });
}

/** Adds a passkey: server options, the device's prompt, then the server's check. */
export async function registerPasskey(name: string) {
  const { challengeId, options } = await api<PasskeyOptions>('/me/passkeys/registration-options', {
    method: 'POST',
    authRedirect: false,
  });
  let response;
  try {
    response = await startRegistration({ optionsJSON: options as unknown as RegistrationOptions });
  } catch (error) {
    throw ceremonyError(error);
  }
  return api<{ recoveryCodes: string[] | null }>('/me/passkeys', {
    method: 'POST',
    body: { challengeId, name, response },
    authRedirect: false,
  });
}

/** Runs a WebAuthn `get` for options from `start`, then posts the answer to `finish`. */
export async function assertWithPasskey<T>(start: string, finish: string): Promise<T> {
  const { challengeId, options } = await api<PasskeyOptions>(start, { method: 'POST', authRedirect: false });
  let response;
  try {
    response = await startAuthentication({ optionsJSON: options as unknown as AuthenticationOptions });
  } catch (error) {
    throw ceremonyError(error);
  }
  return api<T>(finish, { method: 'POST', body: { challengeId, response }, authRedirect: false });
}
