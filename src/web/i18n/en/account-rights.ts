/** Account rights (issue 16): changing one's sign-in address. */
export const accountRightsMessages = {
  'emailChange.title': 'Sign-in address',
  'emailChange.current': 'You sign in as {email}.',
  'emailChange.intro':
    'To change it, enter the new address. We email a 6-digit code there; the old address gets a notice with a link that undoes the change for 7 days. Your other sessions are signed out.',
  'emailChange.field.newEmail': 'New email address',
  'emailChange.send': 'Send code',
  'emailChange.pending': 'We sent a code to {email}. It works once, until {time}.',
  'emailChange.field.code': 'Code from the email',
  'emailChange.confirm': 'Change address',
  'emailChange.cancel': 'Cancel change',
  'emailChange.changed': 'Your sign-in address is now {email}',
  'emailChange.undo.title': 'Undo the address change',
  'emailChange.undo.intro':
    'This puts your previous sign-in address back and signs out every session, including whoever made the change. Then sign in with your previous address, and reset your password if you are not sure it is still safe.',
  'emailChange.undo.submit': 'Undo the change',
  'emailChange.undo.done': 'Your previous address is back and every session was signed out. Sign in again.',
} as const;
