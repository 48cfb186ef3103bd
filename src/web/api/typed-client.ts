import { createPorticoClient, type PorticoClient, type paths } from '../../client/index.ts';
import { apiErrorFrom, currentCsrfToken, fetchOrNetworkError, noticeUnauthorized, withCsrfRetry } from './client.ts';

/**
 * Sends one request of the typed client with this page's session: JSON accepted, the CSRF token on writes, and the
 * stale-token retry `api()` applies (`withCsrfRetry`, one implementation for both). Each attempt is a copy of the
 * request openapi-fetch built, so the body can be sent again and the retry carries the token loaded since.
 */
function sessionFetch(request: Request): Promise<Response> {
  return withCsrfRetry(request.method, async () => {
    const attempt = request.clone();
    attempt.headers.set('Accept', 'application/json');
    if (request.method !== 'GET') {
      const token = await currentCsrfToken();
      if (token) attempt.headers.set('X-CSRF-Token', token);
    }
    return fetchOrNetworkError(attempt);
  });
}

/**
 * The generated, typed client (`src/client`) bound to a page's session: the same rules as `api()` — the CSRF token
 * on writes (reloaded and retried once when it went stale), a request that got no answer thrown as `network_error`,
 * a failed answer thrown as an ApiError (problem+json parsed), so forms, step-up and toasts handle it the same way,
 * and a session that ended sends the user to sign-in (`noticeUnauthorized`; not for a call given
 * `authRedirect: false`). Paths are the OpenAPI document's
 * (`/api/v1/...`), checked against the contract by tsc. `baseUrl` is empty in the page (its own origin); tests
 * give an absolute one.
 */
export function createSessionClient(baseUrl = ''): PorticoClient {
  return createPorticoClient({
    baseUrl,
    credentials: 'same-origin',
    fetch: sessionFetch,
    middleware: [
      {
        async onResponse({ request, response }) {
          if (!response.ok) {
            const error = await apiErrorFrom(response);
            // `authRedirect: false` in a call's options (openapi-fetch copies unknown options onto the request), as
            // with `api()`: a 401 there is the form's answer (a secret being checked), never a trip to sign-in.
            if ((request as Request & { authRedirect?: boolean }).authRedirect !== false)
              noticeUnauthorized(new URL(request.url).pathname.replace(/^\/api\/v1/, ''), error);
            throw error;
          }
          return response;
        },
      },
    ],
  });
}

export const porticoApi = createSessionClient();

/** The JSON body an operation takes, as the contract has it (for helpers that pass a body through). */
export type BodyOf<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/**
 * The data of a typed call: its middleware throws every failure, so an answer here is a success (`undefined` for
 * 204). Lets a call read like `api()`'s: `const ticket = await dataOf(porticoApi.GET(...))`.
 */
export async function dataOf<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}
