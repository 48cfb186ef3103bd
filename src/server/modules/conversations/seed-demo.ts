import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { addFollower, insertThread } from './repository.ts';
import { insertMessage, touchThreadForMessage } from './repository-messages.ts';
import { markReadUpTo } from './repository-read-state.ts';

/** Two demo threads in one account, one with an internal note. No notifications or emails: it is the past. */
export async function seedDemoConversations(
  tx: Queryable,
  accountId: string,
  staffId: string,
  clientId: string,
  now: Date,
) {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  const yearEnd = newId();
  await insertThread(tx, {
    id: yearEnd,
    accountId,
    subject: 'Year-end close 2025',
    createdBy: staffId,
    now: at(3 * 24 * 60),
  });
  await addFollower(tx, yearEnd, staffId);
  const say = async (threadId: string, authorId: string, body: string, minutesAgo: number, internal = false) => {
    const seq = await insertMessage(tx, {
      id: newId(),
      threadId,
      accountId,
      authorId,
      body,
      internal,
      source: 'web',
      quotedMessageId: null,
      now: at(minutesAgo),
    });
    await touchThreadForMessage(tx, { threadId, authorId, seq, internal, now: at(minutesAgo), markAuthorRead: false });
    return seq;
  };
  await say(
    yearEnd,
    staffId,
    'Hi Alice, we are starting the **year-end close**. Could you upload:\n\n- the December bank statements\n- the inventory count\n\nThanks!',
    3 * 24 * 60,
  );
  const read = await say(
    yearEnd,
    clientId,
    'Will do by Friday. The inventory count is still _in progress_.',
    2 * 24 * 60,
  );
  await markReadUpTo(tx, yearEnd, clientId, read, at(2 * 24 * 60));
  await say(
    yearEnd,
    staffId,
    'Internal: inventory was late last year too; plan an extra week.',
    2 * 24 * 60 - 30,
    true,
  );
  await say(yearEnd, staffId, 'Thanks Alice. Friday works.', 24 * 60);
  const payroll = newId();
  await insertThread(tx, { id: payroll, accountId, subject: 'New hire in payroll', createdBy: clientId, now: at(90) });
  await addFollower(tx, payroll, staffId);
  await say(
    payroll,
    clientId,
    'We hired a new machinist starting next month. What do you need from us? See `onboarding` checklist?',
    90,
  );
}
