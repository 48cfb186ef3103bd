/** English strings for everything the server writes to people: emails and the help pages it renders. */
export const en = {
  'mail.footer': 'You received this email because of your access to {portal}.',
  'mail.ignore': 'If you did not expect this email, you can ignore it.',
  'mail.invitation.subject': 'You are invited to {target} on {portal}',
  'mail.invitation.body': '{inviter} invited you to join {target} on {portal}. The invitation expires in 7 days.',
  'mail.invitation.button': 'Accept invitation',
  'mail.invitation.staffTarget': 'the {portal} team',
  'mail.reset.subject': 'Reset your {portal} password',
  'mail.reset.body': 'Someone asked to reset the password of your {portal} account. The link works once, for 30 minutes.',
  'mail.reset.button': 'Choose a new password',
  'mail.magic.subject': 'Your {portal} sign-in link',
  'mail.magic.body': 'Use this link to sign in to {portal}. It works once, for 15 minutes.',
  'mail.magic.button': 'Sign in',
  'mail.locked.subject': 'Sign-in to {portal} paused after failed attempts',
  'mail.locked.body': 'We saw {count} failed sign-in attempts on your account, so sign-in is paused for {minutes} minutes. If this was not you, consider resetting your password.',
  'mail.locked.button': 'Reset password',
} as const;
export type MessageKey = keyof typeof en;
