import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { recordExport } from '../../audit/index.ts';
import { conversationPolicy } from '../policy.ts';
import { allMessages } from '../repository-messages.ts';
import { threadRefFor } from './load.ts';

/** Markdown that cannot smuggle HTML or links into whatever renders the export: bodies go into fenced blocks. */
const fence = (text: string) => {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}\n${text}\n${ticks}`;
};
const inline = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

/** The thread as a Markdown file: what the caller can see and nothing else (no notes for clients). */
export async function exportThreadUseCase(ctx: AppContext, actor: Actor, threadId: string) {
  const thread = await threadRefFor(ctx, actor, threadId, ctx.db, 'people');
  await recordExport(ctx, actor, {
    action: 'export.thread',
    target: { type: 'thread', id: thread.id, label: thread.subject },
    accountId: thread.account_id,
  });
  const rows = await allMessages(ctx.db, accountScopeOf(actor), conversationPolicy.seesInternal(actor), thread.id);
  const lines = [
    `# ${inline(thread.subject)}`,
    '',
    `Account: ${inline(thread.account_name)}`,
    `Exported: ${ctx.clock.now().toISOString()}`,
    '',
  ];
  for (const row of rows) {
    const who = inline(row.author_name ?? 'Former user');
    lines.push(
      `## ${who}, ${row.created_at.toISOString()}${row.internal ? ' (internal note)' : ''}${row.edited_at ? ' (edited)' : ''}`,
      '',
    );
    if (row.deleted_at) lines.push('_Message deleted._', '');
    else {
      lines.push(fence(row.body), '');
      for (const file of row.attachments ?? []) lines.push(`- Attachment: ${inline(file.name)} (${file.size} bytes)`);
      if (row.attachments?.length) lines.push('');
    }
  }
  const fileName = `${
    thread.subject
      .replace(/[^\w -]+/g, '')
      .trim()
      .slice(0, 60) || 'thread'
  }.md`;
  return { fileName, text: lines.join('\n') };
}
