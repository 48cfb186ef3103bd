import { expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';

export interface Item {
  id: string;
  accountId: string;
  side: 'firm' | 'client';
  module: string;
  kind: string;
  title: string;
  owner: { id: string; name: string } | null;
  dueAt: string | null;
  dueDate: string | null;
  overdue: boolean;
  state: string;
  link: string;
}

/** Every page of a timeline list, `limit` at a time (so paging is exercised too). */
export async function allPages(client: HttpClient, path: string, limit = 50) {
  const items: Item[] = [];
  let cursor: string | null = null;
  const join = path.includes('?') ? '&' : '?';
  do {
    const response = await client.get(`${path}${join}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    items.push(...response.json().items);
    cursor = response.json().nextCursor;
  } while (cursor);
  return items;
}

export const timeline = (client: HttpClient, accountId: string, side: 'firm' | 'client', limit = 50) =>
  allPages(client, `/api/v1/accounts/${accountId}/obligations?side=${side}`, limit);

export const titles = (items: Item[]) => items.map((item) => item.title);

/**
 * Timeline order: due ascending (overdue first), no due date last. An all-day item is due by the end of its day, so
 * every overdue item comes before every item not yet overdue, within one day too (a ticket overdue since this morning
 * before a task due today).
 */
export function expectTimelineOrder(items: Item[]) {
  const keys = items.map((item) => (item.dueDate ? `${item.dueDate}T23:59:59.999Z` : (item.dueAt ?? '9999')));
  expect(keys).toEqual([...keys].sort());
  const firstOnTime = items.findIndex((item) => !item.overdue);
  if (firstOnTime < 0) return;
  expect(items.slice(firstOnTime).filter((item) => item.overdue)).toEqual([]);
}

export async function createTask(
  owner: HttpClient,
  projectId: string,
  body: { title: string; dueDate: string | null; assigneeId?: string | null },
) {
  const response = await owner.post(`/api/v1/projects/${projectId}/tasks`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

export async function createProject(owner: HttpClient, accountId: string, body: Record<string, unknown>) {
  const response = await owner.post(`/api/v1/accounts/${accountId}/projects`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}
