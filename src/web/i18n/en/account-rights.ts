/** Account rights (issue 16): changing one's sign-in address. */
export const accountRightsMessages = {
  'profile.field.phone': 'Phone',
  'profile.phoneHint': 'Optional. Staff may call you about your requests.',
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

/** "Your data" on the profile (GDPR Art. 15/20). */
export const dataExportMessages = {
  'dataExport.title': 'Your data',
  'dataExport.intro':
    'Download everything this portal holds about you: your profile, memberships, messages and tickets you wrote, sessions, the security log about you, and the files you uploaded, as a zip of JSON files and the originals. It is made in the background; we email you when it is ready, and the download works for 7 days.',
  'dataExport.request': 'Download my data',
  'dataExport.pending': 'Your export is being made (asked for {time}). This page updates by itself.',
  'dataExport.ready': 'Your export is ready: {size}. The link works until {time}.',
  'dataExport.download': 'Download the zip',
  'dataExport.requestAgain': 'Make a new export',
  'dataExport.failed': 'Your last export could not be made. Ask again.',
  'dataExport.expired': 'Your last export has expired.',
  'dataExport.requested': 'We are making your export',
} as const;
