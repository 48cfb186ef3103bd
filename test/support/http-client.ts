import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Talks to the app like a browser: keeps cookies, fetches the CSRF token from GET /api/v1/session and
 * sends it on writes. Goes through the whole HTTP stack (app.inject), no mocks.
 */
export class HttpClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  /** Set to false to send writes without the CSRF header. */
  sendCsrf = true;
  /** The Host header to send (a segment's domain, modules/domains); the app's default when unset. */
  host: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  cookie(name: string) {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const cleared =
        cookie.value === '' || cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  async csrfToken(): Promise<string> {
    if (this.csrf && this.cookies.get('portico_csrf') === this.csrf) return this.csrf;
    const response = await this.request('GET', '/api/v1/session');
    this.csrf = (response.json() as { csrfToken: string }).csrfToken;
    return this.csrf;
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const allHeaders: Record<string, string> = { ...(this.host ? { host: this.host } : {}), ...headers };
    if (this.cookies.size) allHeaders.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (method !== 'GET' && this.sendCsrf && !('x-csrf-token' in headers)) {
      allHeaders['x-csrf-token'] = await this.csrfToken();
      allHeaders.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const payload =
      body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    if (payload !== undefined && !allHeaders['content-type']) allHeaders['content-type'] = 'application/json';
    const response = await this.app.inject({
      method,
      url,
      headers: allHeaders,
      payload,
      remoteAddress: headers['x-test-ip'] ?? '127.0.0.1',
    });
    this.remember(response);
    return response;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  put(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('PUT', url, body ?? {}, headers);
  }
  patch(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('PATCH', url, body ?? {}, headers);
  }
  delete(url: string, headers?: Record<string, string>) {
    return this.request('DELETE', url, undefined, headers);
  }
}
