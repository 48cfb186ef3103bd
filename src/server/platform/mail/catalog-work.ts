import type { CatalogEntry } from './catalog-types.ts';

const PORTAL = 'Northwind Advisory';
const ACCOUNT = 'Acme Manufacturing';

type FileRequestKind = 'Requested' | 'Returned' | 'DueSoon' | 'Overdue';
const FILE_REQUEST_TEXTS = {
  Requested: { subject: 'mail.fileRequest.subject', body: 'mail.fileRequest.body' },
  Returned: { subject: 'mail.fileRequest.returned.subject', body: 'mail.fileRequest.returned.body' },
  DueSoon: { subject: 'mail.fileRequest.dueSoon.subject', body: 'mail.fileRequest.reminder.body' },
  Overdue: { subject: 'mail.fileRequest.overdue.subject', body: 'mail.fileRequest.reminder.body' },
} as const;

/** A file request to the account's people (documents): asked, sent back, due soon, overdue. */
const fileRequest = (kind: FileRequestKind): CatalogEntry => ({
  key: `fileRequest${kind}`,
  family: 'work',
  subject: FILE_REQUEST_TEXTS[kind].subject,
  paragraphs: [
    FILE_REQUEST_TEXTS[kind].body,
    ...(kind === 'Requested' ? [{ value: 'note' }] : []),
    ...(kind === 'Overdue' ? [] : [{ message: 'mail.fileRequest.due' as const, when: 'date' }]),
  ],
  button: 'mail.fileRequest.button',
  sample: {
    portal: PORTAL,
    title: 'Bank statements 2026',
    account: ACCOUNT,
    date: '2026-12-15',
    reason: 'Two pages are missing.',
    requester: 'Jamie Lee',
    ...(kind === 'Requested' ? { note: 'All accounts, January to November.' } : {}),
  },
  sampleUrl: '/documents/requests/sample',
});

const approval = (key: string, kind: 'requested' | 'reminder'): CatalogEntry => ({
  key,
  family: 'work',
  subject: `mail.approval.${kind}.subject`,
  paragraphs: ['mail.approval.body', { message: 'mail.approval.due', when: 'date' }],
  button: 'mail.approval.button',
  sample: { portal: PORTAL, title: 'Website redesign: homepage', account: ACCOUNT, date: '2026-12-15' },
  sampleUrl: '/approvals/sample',
});

const signature = (key: string, kind: 'requested' | 'reminder'): CatalogEntry => ({
  key,
  family: 'work',
  subject: `mail.signature.${kind}.subject`,
  paragraphs: ['mail.signature.body', { value: 'message' }, { message: 'mail.signature.expires', when: 'date' }],
  button: 'mail.signature.button',
  sample: {
    portal: PORTAL,
    title: 'Engagement letter 2027',
    account: ACCOUNT,
    date: '2026-12-15 17:00',
    message: 'Please sign before our kick-off call.',
  },
  sampleUrl: '/signatures/sample',
});

/** Documents, tasks, approvals, signatures and onboarding. */
export const WORK_MAILS: CatalogEntry[] = [
  fileRequest('Requested'),
  fileRequest('Returned'),
  fileRequest('DueSoon'),
  fileRequest('Overdue'),
  {
    key: 'taskReminder',
    family: 'work',
    subject: 'mail.tasks.reminder.subject',
    paragraphs: ['mail.tasks.reminder.body'],
    button: 'mail.tasks.open',
    sample: {
      portal: PORTAL,
      kind: 'before',
      title: 'Send the signed contract',
      project: 'Onboarding',
      due: '2026-12-02',
    },
    // 'before': due soon; anything else: due today.
    choices: { kind: ['before'] },
    sampleUrl: '/tasks/sample',
  },
  {
    key: 'tasksOverdueDigest',
    family: 'work',
    subject: 'mail.tasks.digest.subject',
    paragraphs: ['mail.tasks.digest.body', { each: 'tasks', message: 'mail.tasks.digest.line' }],
    button: 'mail.tasks.button',
    sample: {
      portal: PORTAL,
      count: 2,
      tasks: [
        { title: 'Send the signed contract', project: 'Onboarding', due: '2026-11-28' },
        { title: 'Upload the logo files', project: 'Website redesign', due: '2026-11-30' },
      ],
    },
    choices: { count: [1] },
    sampleUrl: '/tasks',
  },
  approval('approvalRequested', 'requested'),
  approval('approvalReminder', 'reminder'),
  signature('signatureRequested', 'requested'),
  signature('signatureReminder', 'reminder'),
  {
    key: 'signatureCompleted',
    family: 'work',
    subject: 'mail.signature.completed.subject',
    paragraphs: ['mail.signature.completed.body'],
    button: 'mail.signature.completed.button',
    sample: { portal: PORTAL, title: 'Engagement letter 2027', account: ACCOUNT },
    sampleUrl: '/signatures/sample',
  },
  {
    key: 'onboarding',
    family: 'work',
    subject: 'mail.onboarding.subject',
    paragraphs: ['mail.onboarding.body'],
    button: 'mail.onboarding.button',
    sample: { portal: PORTAL, title: 'Upload your ID', account: ACCOUNT },
    sampleUrl: '/onboarding',
  },
];
