import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { ApiError } from '../../api/client.ts';
import { dataOf, porticoApi, type BodyOf } from '../../api/typed-client.ts';
import { t } from '../../i18n/index.ts';

export const passkeysSupported = () => browserSupportsWebAuthn();

type RegistrationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type AuthenticationOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];
/**
 * The device's answer as the contract types it (an open JSON object the server checks with @simplewebauthn/server);
 * the browser library's interfaces carry the same fields but no index signature, hence the cast.
 */
type CeremonyResponse = BodyOf<'/api/v1/me/passkeys', 'post'>['response'];

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
  const { challengeId, options } = await dataOf(
    porticoApi.POST('/api/v1/me/passkeys/registration-options', { authRedirect: false }),
  );
  let response;
  try {
    response = await startRegistration({ optionsJSON: options as unknown as RegistrationOptions });
  } catch (error) {
    throw ceremonyError(error);
  }
  return dataOf(
    porticoApi.POST('/api/v1/me/passkeys', {
      body: { challengeId, name, response: response as unknown as CeremonyResponse },
      authRedirect: false,
    }),
  );
}

/** The device's answer to a WebAuthn `get` for the server's options. */
async function assertion(options: unknown) {
  try {
    return await startAuthentication({ optionsJSON: options as AuthenticationOptions });
  } catch (error) {
    throw ceremonyError(error);
  }
}

/** Usernameless sign-in: the device offers the passkeys it holds for this portal. */
export async function signInWithPasskey() {
  const { challengeId, options } = await dataOf(
    porticoApi.POST('/api/v1/auth/passkey/options', { authRedirect: false }),
  );
  const response = await assertion(options);
  return dataOf(
    porticoApi.POST('/api/v1/auth/passkey/verify', {
      body: { challengeId, response: response as unknown as CeremonyResponse },
      authRedirect: false,
    }),
  );
}

/** A proof with one's passkey: finishes a second-factor sign-in, or is a fresh proof (step-up). */
export async function proveWithPasskey() {
  const { challengeId, options } = await dataOf(
    porticoApi.POST('/api/v1/me/passkeys/proof-options', { authRedirect: false }),
  );
  const response = await assertion(options);
  await porticoApi.POST('/api/v1/me/passkeys/proof', {
    body: { challengeId, response: response as unknown as CeremonyResponse },
    authRedirect: false,
  });
}
