/** Discussions beside a task or a document (conversations threads of their object). */
export const collabMessages = {
  'collab.thread.empty': 'No messages yet. Start the discussion.',
  'collab.thread.feed': 'Messages: {title}',
  'collab.documentFeedback.title': 'Feedback',
  'collab.documentFeedback.about': 'About version {number}. Everyone who can see this file reads the feedback.',
  'collab.documentFeedback.version': 'Discussion of',
  'collab.documentFeedback.versionOption': 'Version {number}',
  'collab.documentFeedback.versionCurrent': 'Version {number} (current)',
  'collab.documentFeedback.earlier': 'This is the discussion of an earlier version.',
  'collab.documentFeedback.internal': 'Only staff see this file and its feedback.',
  'collab.forms.createTask': 'Open a task for each submission',
  'collab.forms.createTaskHint':
    "A task to review the answers, for whoever made this form, in the account's project named after the form.",
  'collab.forms.openTask': 'Review task',
} as const;
