// Helpers of the tickets e2e tests: API calls with a page's session (CSRF included) and the SLA set-up.
import type { Page } from 'playwright-core';

export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/** Call the API as the person signed in on `page` (cookie session; writes carry the CSRF token). */
export async function apiAs<T = Record<string, unknown>>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const headers: Record<string, string> = { Accept: 'application/json', 'X-CSRF-Token': session.csrfToken };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}

/** The id of the Customers segment (self-service customers, with tickets), read as staff. */
export async function customersSegmentId(staff: Page): Promise<string> {
  const { body } = await apiAs<{ items: { id: string; name: string }[] }>(staff, 'GET', '/segments');
  const segment = body.items.find((item) => item.name === 'Customers');
  if (!segment) throw new Error('No Customers segment');
  return segment.id;
}

/** Make sure normal-priority tickets of the Customers segment get a first-response target (the demo may have one). */
export async function ensureCustomerSla(staff: Page, firstResponseMinutes = 240): Promise<void> {
  const segmentId = await customersSegmentId(staff);
  const { body } = await apiAs<{
    items: { segmentId: string; priority: string; firstResponseMinutes: number | null }[];
  }>(staff, 'GET', `/sla-policies?segmentId=${segmentId}`);
  const existing = body.items.find((policy) => policy.segmentId === segmentId && policy.priority === 'normal');
  if (existing?.firstResponseMinutes) return;
  const created = await apiAs(staff, 'POST', '/sla-policies', {
    segmentId,
    priority: 'normal',
    calendarId: null,
    firstResponseMinutes,
    resolutionMinutes: 5 * 24 * 60,
  });
  if (created.status !== 201 && created.status !== 200)
    throw new Error(`Creating the SLA policy failed: ${created.status} ${JSON.stringify(created.body)}`);
}

/** The support report's totals, as staff. */
export interface ReportTotals {
  deflected: number;
  tickets: number;
  formSessions: number;
  helpSessions: number;
  csatGood: number;
}

export async function reportTotals(staff: Page): Promise<ReportTotals> {
  const { status, body } = await apiAs<{ totals: ReportTotals }>(staff, 'GET', '/support-reports');
  if (status !== 200) throw new Error(`support-reports answered ${status}: ${JSON.stringify(body)}`);
  return body.totals;
}
