import { expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';

/** Opens a ticket through the API and returns it (asserting 201). */
export async function openTicket(client: HttpClient, body: Record<string, unknown>) {
  const response = await client.post('/api/v1/tickets', { body: 'Hello, I need help.', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as {
    id: string;
    number: number;
    status: string;
    accountId: string;
    version: number;
    [key: string]: unknown;
  };
}

/** Every item of every page of a list, following nextCursor. */
export async function allPages(client: HttpClient, url: string, limit = 2) {
  const items: { id: string; [key: string]: unknown }[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const separator = url.includes('?') ? '&' : '?';
    const response = await client.get(`${url}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: { id: string }[]; nextCursor: string | null };
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return items;
}
