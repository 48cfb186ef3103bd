import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { insertTemplate, type TemplateTask } from './repository-projects.ts';
import { createTasksFromTemplate } from './use-cases/template-tasks.ts';
import { insertProject, setMembers } from './repository-projects.ts';

const YEAR_END: TemplateTask[] = [
  { title: 'Send the year-end checklist', offsetDays: 0, assignTo: 'staff' },
  {
    title: 'Upload bank statements for the year',
    offsetDays: 7,
    assignTo: 'client',
    priority: 'high',
    checklist: ['Current account', 'Savings account', 'Credit cards'],
  },
  { title: 'Upload sales and purchase invoices', offsetDays: 7, assignTo: 'client' },
  { title: 'Confirm stock count at year end', offsetDays: 10, assignTo: 'client' },
  { title: 'Reconcile bank accounts', offsetDays: 14, assignTo: 'staff', after: [1] },
  { title: 'Review fixed assets and depreciation', offsetDays: 17, assignTo: 'staff' },
  { title: 'Answer the accountant’s queries', offsetDays: 21, assignTo: 'client' },
  { title: 'Prepare draft accounts', offsetDays: 28, assignTo: 'staff', after: [4, 5] },
  { title: 'Partner review', offsetDays: 32, assignTo: 'staff', after: [7] },
  { title: 'Approve the draft accounts', offsetDays: 36, assignTo: 'client', priority: 'high', after: [8] },
  { title: 'Sign the letter of representation', offsetDays: 39, assignTo: 'client', after: [9] },
  { title: 'File accounts with Companies House', offsetDays: 42, assignTo: 'staff', priority: 'urgent', after: [10] },
];

const WEBSITE: TemplateTask[] = [
  { title: 'Kick-off call and goals', offsetDays: 0, assignTo: 'staff' },
  { title: 'Share brand assets and logins', offsetDays: 5, assignTo: 'client' },
  { title: 'Sitemap and wireframes', offsetDays: 12, assignTo: 'staff', after: [0] },
  { title: 'Review wireframes', offsetDays: 16, assignTo: 'client', after: [2] },
  { title: 'Visual design', offsetDays: 26, assignTo: 'staff', after: [3] },
  { title: 'Write page copy', offsetDays: 26, assignTo: 'client' },
  { title: 'Build and content entry', offsetDays: 40, assignTo: 'staff', after: [4, 5] },
  { title: 'Acceptance testing', offsetDays: 47, assignTo: 'client', after: [6] },
  { title: 'Launch', offsetDays: 52, assignTo: 'staff', priority: 'high', after: [7] },
];

/**
 * The demo's two templates, and an Acme project made from the first one (written in the seed's transaction,
 * without events: nobody is watching a stream while the demo is seeded).
 */
export async function seedDemoProjects(
  tx: Queryable,
  input: { accountId: string; ownerId: string; clientId: string; now: Date },
) {
  const yearEnd = newId();
  await insertTemplate(tx, {
    id: yearEnd,
    name: 'Year-end accounts',
    description: 'Statutory accounts: records from the client, reconciliation, drafts, approval and filing.',
    duration_days: 42,
    tasks: YEAR_END,
    now: input.now,
  });
  await insertTemplate(tx, {
    id: newId(),
    name: 'Website redesign',
    description: 'From kick-off to launch: content and reviews from the client, design and build by the agency.',
    duration_days: 52,
    tasks: WEBSITE,
    now: input.now,
  });
  const projectId = newId();
  const startDate = input.now.toISOString().slice(0, 10);
  await insertProject(tx, {
    id: projectId,
    accountId: input.accountId,
    name: 'Year-end accounts 2026',
    description: 'Statutory accounts for the year ended 31 December 2026.',
    status: 'active',
    startDate,
    dueDate: new Date(input.now.getTime() + 42 * 86_400_000).toISOString().slice(0, 10),
    internal: false,
    clientsSeeTime: false,
    templateId: yearEnd,
    createdBy: input.ownerId,
    now: input.now,
  });
  await setMembers(tx, projectId, [input.ownerId, input.clientId]);
  await createTasksFromTemplate(
    tx,
    { tasks: YEAR_END },
    {
      projectId,
      accountId: input.accountId,
      internal: false,
      startDate,
      staffId: input.ownerId,
      now: input.now,
    },
  );
}
