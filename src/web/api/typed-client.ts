import { createPorticoClient } from '../../client/index.ts';
import { apiErrorFrom, currentCsrfToken, noticeUnauthorized } from './client.ts';

/**
 * The generated, typed client (`src/client`) bound to this page's session: the same rules as `api()` — the CSRF
 * token on writes, a failed answer thrown as an ApiError (problem+json parsed), so forms, step-up and toasts
 * handle it the same way, and a session that ended sends the user to sign-in (`noticeUnauthorized`). Paths are the
 * OpenAPI document's (`/api/v1/...`), checked against the contract by tsc.
 */
export const porticoApi = createPorticoClient({
  baseUrl: '',
  credentials: 'same-origin',
  middleware: [
    {
      async onRequest({ request }) {
        request.headers.set('Accept', 'application/json');
        if (request.method !== 'GET') {
          const token = await currentCsrfToken();
          if (token) request.headers.set('X-CSRF-Token', token);
        }
        return request;
      },
      async onResponse({ request, response }) {
        if (!response.ok) {
          const error = await apiErrorFrom(response);
          noticeUnauthorized(new URL(request.url).pathname.replace(/^\/api\/v1/, ''), error);
          throw error;
        }
        return response;
      },
    },
  ],
});
