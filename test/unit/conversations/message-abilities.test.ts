import { describe, expect, it } from 'vitest';
import { conversationPolicy } from '../../../src/server/modules/conversations/policy.ts';
import { ACME, person, staff } from '../actors.ts';

const sent = new Date('2026-03-02T10:00:00Z');
const minutesLater = (minutes: number) => new Date(sent.getTime() + minutes * 60_000);
const message = (
  authorId: string,
  overrides: Partial<Parameters<typeof conversationPolicy.messageAbilities>[1]> = {},
) => ({
  author_id: authorId,
  internal: false,
  created_at: sent,
  deleted_at: null,
  edit_window_minutes: 15,
  ticket_description: false,
  ...overrides,
});

describe('who may change a message (the firm keeps the record)', () => {
  it('people outside the firm change their own message only within their segment window', () => {
    const client = person([[ACME, 'member']]);
    const own = message(client.userId);
    expect(conversationPolicy.messageAbilities(client, own, minutesLater(15))).toMatchObject({
      edit: true,
      delete: true,
    });
    expect(conversationPolicy.messageAbilities(client, own, minutesLater(16))).toMatchObject({
      edit: false,
      delete: false,
    });
    const longer = message(client.userId, { edit_window_minutes: 60 });
    expect(conversationPolicy.messageAbilities(client, longer, minutesLater(45)).delete).toBe(true);
    const never = message(client.userId, { edit_window_minutes: 0 });
    expect(conversationPolicy.messageAbilities(client, never, minutesLater(0.5)).edit).toBe(false);
    // Someone else's message, or an account admin's wish, changes nothing.
    const admin = person([[ACME, 'account_admin']]);
    expect(conversationPolicy.messageAbilities(admin, own, minutesLater(1))).toMatchObject({
      edit: false,
      delete: false,
    });
  });

  it('never a ticket’s description, and never a deleted message', () => {
    const customer = person([[ACME, 'member']]);
    const description = message(customer.userId, { ticket_description: true });
    expect(conversationPolicy.messageAbilities(customer, description, sent)).toMatchObject({
      edit: false,
      delete: false,
      quote: true,
    });
    const deleted = message(customer.userId, { deleted_at: minutesLater(1) });
    expect(conversationPolicy.messageAbilities(customer, deleted, minutesLater(2))).toMatchObject({
      edit: false,
      delete: false,
      quote: false,
    });
  });

  it('staff keep their rules: edit their own for 10 minutes, delete their own (admins any)', () => {
    const agent = staff('agent');
    const own = message(agent.userId, { ticket_description: true });
    expect(conversationPolicy.messageAbilities(agent, own, minutesLater(10)).edit).toBe(true);
    expect(conversationPolicy.messageAbilities(agent, own, minutesLater(11)).edit).toBe(false);
    expect(conversationPolicy.messageAbilities(agent, own, minutesLater(600)).delete).toBe(true);
    const clients = message(person([[ACME, 'member']]).userId);
    expect(conversationPolicy.messageAbilities(agent, clients, sent).delete).toBe(false);
    expect(conversationPolicy.messageAbilities(staff('admin'), clients, minutesLater(600)).delete).toBe(true);
  });
});
