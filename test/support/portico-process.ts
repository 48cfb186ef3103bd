// A browser-like HTTP client for tests that drive real Portico processes (started by `spawnPortico` in
// process.ts): cookies, the CSRF token on writes, downloads as bytes, and moving to a restarted server.

export interface FetchResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

/** A browser-like client over real HTTP: keeps cookies and sends the CSRF token on writes. */
export class ProcessClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(public baseUrl: string) {}

  private remember(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<FetchResponse> {
    const all: Record<string, string> = { ...headers };
    if (method !== 'GET' && !('x-csrf-token' in all)) {
      // The token is the CSRF cookie's value, renewed at sign-in: fetch it again whenever the cookie changed.
      if (!this.csrf || this.cookies.get('portico_csrf') !== this.csrf)
        this.csrf = (await this.request('GET', '/api/v1/session')).json<{ csrfToken: string }>().csrfToken;
      all['x-csrf-token'] = this.csrf;
    }
    if (this.cookies.size) all.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    let payload: Buffer | string | undefined;
    if (body !== undefined) {
      payload = Buffer.isBuffer(body) ? body : JSON.stringify(body);
      all['content-type'] ??= Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json';
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers: all, body: payload });
    this.remember(response.headers);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
  }

  async download(path: string): Promise<{ status: number; bytes: Buffer }> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.baseUrl), { headers: { cookie } });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** Points the client at a restarted server; the session lives in the database and survives. */
  moveTo(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  static async signedIn(baseUrl: string, email: string, password: string): Promise<ProcessClient> {
    const client = new ProcessClient(baseUrl);
    const response = await client.request('POST', '/api/v1/auth/sign-in', { email, password });
    if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${response.text}`);
    return client;
  }
}
