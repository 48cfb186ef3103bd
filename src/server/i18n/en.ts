/** English strings for everything the server writes to people: emails and the help pages it renders. */
export const en = {
  'mail.footer': 'You received this email because of your access to {portal}.',
  'mail.ignore': 'If you did not expect this email, you can ignore it.',
  'mail.invitation.subject': 'You are invited to {target} on {portal}',
  'mail.invitation.body': '{inviter} invited you to join {target} on {portal}. The invitation expires in 7 days.',
  'mail.invitation.button': 'Accept invitation',
  'mail.invitation.staffTarget': 'the {portal} team',
  'mail.reset.subject': 'Reset your {portal} password',
  'mail.reset.body':
    'Someone asked to reset the password of your {portal} account. The link works once, for 30 minutes.',
  'mail.reset.button': 'Choose a new password',
  'mail.ssoLinkCode.subject': 'Your {portal} code to connect single sign-on',
  'mail.ssoLinkCode.body':
    'Enter this code on the page that asked for it to connect your identity provider to your {portal} account. It works once, for {minutes} minutes:',
  'mail.ssoLinkCode.notYou': 'If you did not try to sign in with single sign-on, ignore this email: nothing changes.',
  'mail.magic.subject': 'Your {portal} sign-in link',
  'mail.magic.body': 'Use this link to sign in to {portal}. It works once, for 15 minutes.',
  'mail.magic.button': 'Sign in',
  'mail.locked.subject': 'Sign-in to {portal} paused after failed attempts',
  'mail.locked.body':
    'We saw {count, plural, one {# failed sign-in attempt} other {# failed sign-in attempts}} on your account, so sign-in is paused for {minutes, plural, one {# minute} other {# minutes}}. If this was not you, consider resetting your password.',
  'mail.locked.button': 'Reset password',
  'mail.notice.passwordChanged.subject': 'Your {portal} password was changed',
  'mail.notice.passwordChanged.body':
    'The password of your {portal} account was changed on {time} (UTC). Your other sessions were signed out.',
  'mail.notice.passwordReset.subject': 'Your {portal} password was reset',
  'mail.notice.passwordReset.body':
    'The password of your {portal} account was reset with an emailed link on {time} (UTC). Every session was signed out and {tokens} personal API tokens were revoked.',
  'mail.notice.twoFactorEnabled.subject': 'Two-factor authentication is on for your {portal} account',
  'mail.notice.twoFactorEnabled.body':
    'Two-factor authentication was turned on for your {portal} account on {time} (UTC). Signing in now also needs a code from your authenticator app.',
  'mail.notice.twoFactorDisabled.subject': 'Two-factor authentication is off for your {portal} account',
  'mail.notice.twoFactorDisabled.body':
    'Two-factor authentication was turned off for your {portal} account on {time} (UTC). Signing in now needs only your password.',
  'mail.notice.apiTokenCreated.subject': 'A new API token was created for your {portal} account',
  'mail.notice.apiTokenCreated.body':
    'A personal API token named "{name}" ({scopes}) was created for your {portal} account on {time} (UTC). It acts with your access until it expires or you revoke it.',
  'mail.notice.passkeyAdded.subject': 'A passkey was added to your {portal} account',
  'mail.notice.passkeyAdded.body':
    'A passkey named "{name}" was added to your {portal} account on {time} (UTC). It can sign in to your account on its own.',
  'mail.notice.passkeyRemoved.subject': 'A passkey was removed from your {portal} account',
  'mail.notice.passkeyRemoved.body':
    'The passkey named "{name}" was removed from your {portal} account on {time} (UTC). It can no longer sign in.',
  'mail.notice.notYou': 'If this was not you, reset your password at once and review your security settings.',
  'mail.notice.button': 'Review security settings',
  'mail.fileRequest.subject': '{portal}: please upload "{title}"',
  'mail.fileRequest.body': '{requester} asks {account} for: {title}.',
  'mail.fileRequest.due': 'Due by {date}.',
  'mail.fileRequest.returned.subject': '{portal}: "{title}" needs another look',
  'mail.fileRequest.returned.body': 'The files you uploaded for "{title}" were sent back: {reason}',
  'mail.fileRequest.dueSoon.subject': 'Reminder: "{title}" is due on {date}',
  'mail.fileRequest.overdue.subject': 'Overdue: "{title}" was due on {date}',
  'mail.fileRequest.reminder.body': '{account} still has to upload: {title}.',
  'mail.fileRequest.button': 'Upload files',
  'mail.ticketReceived.subject': 'We received your request [#{number}]',
  'mail.ticketReceived.body':
    'Thank you for contacting {portal}. Your request "{subject}" has the number #{number}; our team will answer soon.',
  'mail.ticketReceived.reply': 'To add anything, reply to this email: your answer is added to the request.',
  'mail.ticketReceived.button': 'View your request',
  // CSAT (satisfaction module): the rating request sent when a ticket is solved.
  'mail.csat.subject': 'How did we do? Request #{number}: {subject}',
  'mail.csat.body':
    'Your request #{number} "{subject}" was marked as solved. How would you rate the help you got from {portal}? One click is enough.',
  'mail.csat.good': 'Good, I’m satisfied',
  'mail.csat.bad': 'Bad, I’m unsatisfied',
  // Billing: PDFs and emails of quotes, invoices and credit notes.
  'billing.retainer.overageLine': 'Approved overage of retainer "{name}", {from} to {to}: {hours} h',
  'billing.pdf.invoice': 'Invoice',
  'billing.pdf.quote': 'Quote',
  'billing.pdf.creditNote': 'Credit note',
  'billing.pdf.draft': '(draft)',
  'billing.pdf.issued': 'Date',
  'billing.pdf.due': 'Due',
  'billing.pdf.billTo': 'Bill to',
  'billing.pdf.taxId': 'Tax ID',
  'billing.pdf.description': 'Description',
  'billing.pdf.quantity': 'Qty',
  'billing.pdf.unitPrice': 'Unit price',
  'billing.pdf.amount': 'Amount',
  'billing.pdf.subtotal': 'Subtotal',
  'billing.pdf.discount': 'Discount',
  'billing.pdf.total': 'Total',
  'billing.pdf.paid': 'Paid',
  'billing.pdf.balance': 'Balance due',
  'billing.pdf.payOnline': 'View and pay online',
  'billing.pdf.credits': 'Credits invoice {number}',
  'billing.pdf.replaces': 'Replaces invoice {number} (void)',
  'billing.statement.title': 'Statement of account',
  'billing.statement.period': '{from} to {to}',
  'billing.statement.until': 'Up to {to}',
  'billing.statement.date': 'Date',
  'billing.statement.debit': 'Charged',
  'billing.statement.credit': 'Credited',
  'billing.statement.balance': 'Balance',
  'billing.statement.opening': 'Opening balance',
  'billing.statement.closing': 'Closing balance',
  'billing.statement.invoice': 'Invoice {number}',
  'billing.statement.credit_note': 'Credit note {number}',
  'billing.statement.payment': 'Payment for {number}',
  'mail.billing.subject':
    '{kind, select, quote {Quote} credit_note {Credit note} other {Invoice}} {number} from {portal}',
  'mail.billing.body':
    '{portal} sent you {kind, select, quote {quote} credit_note {credit note} other {invoice}} {number} for {total}{due, select, none {} other {, due on {due}}}. The PDF is attached.',
  'mail.billing.button': 'View in the portal',
  'mail.billing.payment.subject':
    '{outcome, select, failed {Your payment of {amount} to {portal} did not go through} other {Payment received: {amount}}}',
  'mail.billing.payment.body':
    '{outcome, select, failed {Your online payment of {amount} to {portal} failed. Nothing was charged; you can try again from the portal.} other {Thank you: {portal} received your online payment of {amount}.}}',
  'mail.billing.autoCharge.subject': 'Automatic payment of invoice {number} failed',
  'mail.billing.autoCharge.body':
    '{staff, select, yes {{portal} could not charge the saved card of {account} for invoice {number} ({amount}) after four attempts ({reason}). It stays open: record a payment or ask the client to pay.} other {We could not charge your saved card for invoice {number} ({amount}) from {portal} after four attempts. Please pay it from the portal or save another card.}}',
  'mail.billing.reminder.subject':
    '{when, select, before {Reminder: invoice {number} is due on {due}} today {Invoice {number} is due today} other {Overdue: invoice {number} was due on {due}}}',
  'mail.billing.reminder.body':
    '{when, select, before {A friendly reminder from {portal}: invoice {number} for {balance} is due on {due}.} today {Invoice {number} from {portal} for {balance} is due today.} other {Invoice {number} from {portal} was due on {due} and {balance} is still open. If you have already paid, thank you, and please ignore this message.}}',
  'mail.tasks.reminder.subject':
    '{kind, select, before {Reminder: “{title}” is due on {due}} other {“{title}” is due today}}',
  'mail.tasks.reminder.body':
    '{kind, select, before {A reminder from {portal}: the task “{title}” ({project}) is due on {due}.} other {The task “{title}” ({project}) is due today.}}',
  'mail.tasks.digest.subject': '{count, plural, one {# overdue task} other {# overdue tasks}} on {portal}',
  'mail.tasks.digest.body': 'These tasks assigned to you are past their due date:',
  'mail.tasks.digest.line': '{title} ({project}), due on {due}',
  'mail.tasks.button': 'Open the task list',
  'mail.tasks.open': 'Open the task',
  'mail.approval.requested.subject': '{portal}: your approval is requested for "{title}"',
  'mail.approval.reminder.subject': 'Reminder: "{title}" is waiting for your approval',
  'mail.approval.body': '{account}: "{title}" is waiting for your decision. Approve it or request changes.',
  'mail.approval.due': 'Please decide by {date}.',
  'mail.approval.button': 'Review and decide',
  'mail.onboarding.subject': '{portal}: your next step, "{title}"',
  'mail.onboarding.body': '{account}: a new step of your onboarding is ready for you: "{title}".',
  'mail.onboarding.button': 'Open your checklist',
  'mail.signature.requested.subject': '{portal}: please sign "{title}"',
  'mail.signature.reminder.subject': 'Reminder: "{title}" is waiting for your signature',
  'mail.signature.body': '{account}: "{title}" is waiting for your signature. Review the document, then sign it.',
  'mail.signature.expires': 'Please sign before {date} (UTC).',
  'mail.signature.button': 'Review and sign',
  'mail.signature.completed.subject': '{portal}: "{title}" is signed by everyone',
  'mail.signature.completed.body':
    '{account}: every party signed "{title}". The signed copy, with its certificate page, is in the documents.',
  'mail.signature.completed.button': 'Download the signed copy',
  'mail.order.status.subject':
    'Order {number}: {status, select, placed {placed} paid {paid} partially_fulfilled {partly packed} fulfilled {packed} shipped {shipped} delivered {delivered} cancelled {cancelled} returned {returned} other {updated}}',
  'mail.order.status.body':
    '{account}: your order {number} is now {status, select, placed {placed} paid {paid} partially_fulfilled {partly packed} fulfilled {packed and ready to ship} shipped {on its way} delivered {delivered} cancelled {cancelled} returned {returned} other {updated}}.',
  'mail.order.status.button': 'Track your order',
  'mail.return.status.subject':
    'Return {number}: {status, select, requested {received} approved {approved} rejected {not accepted} received {back with us} inspected {inspected} refunded {refunded} exchanged {exchanged} other {updated}}',
  'mail.return.status.body':
    '{account}: your return {number} for order {order} {status, select, requested {was received. We will review it and tell you what happens next.} approved {was approved. Follow the instructions and print the return label from the portal.} rejected {was not accepted: {detail}} received {has arrived back with us.} inspected {was inspected.} refunded {was refunded: {detail}.} exchanged {was exchanged. Your replacement is on its way.} other {was updated.}}',
  'mail.return.status.button': 'See your return',
  'mail.webhooks.disabled.subject': 'A webhook endpoint of {portal} was disabled',
  'mail.webhooks.disabled.body':
    'Deliveries to {url} kept failing for about three days, so {portal} stopped sending to it. Fix the endpoint, then enable it again in the console; the delivery log shows each attempt.',
  'mail.webhooks.disabled.button': 'Open webhooks',
  // Account rights (issue 16): changing one's email.
  'mail.emailChange.code.subject': 'Your {portal} code to change your sign-in address',
  'mail.emailChange.code.body':
    'Enter this code in {portal} to make this your sign-in address: {code}. It works once, for 15 minutes.',
  'mail.emailChange.taken.subject': 'Someone tried to use this address on {portal}',
  'mail.emailChange.taken.body':
    'Someone asked to move another {portal} sign-in to this address, which already has one, so nothing was changed. If this was you, sign in with this address instead.',
  'mail.emailChange.notice.subject': 'Your {portal} sign-in address was changed',
  'mail.emailChange.notice.body':
    'The sign-in address of your {portal} account was changed from this address to {newEmail} on {time} UTC. If this was not you, undo the change within 7 days: the link restores this address and signs everyone out.',
  'mail.emailChange.notice.button': 'Undo this change',
  'mail.dataExport.subject': 'Your {portal} data is ready to download',
  'mail.dataExport.body':
    'The export of everything {portal} holds about you is ready. Sign in and download it from your profile until {time} UTC; after that it is deleted.',
  'mail.dataExport.button': 'Open your profile',
  // Languages (issue 14): the help center's article translations.
  'help.languages': 'Other languages',
  'help.fallback': 'This article is not available in {wanted} yet, so it is shown in {shown}.',
} as const;
export type MessageKey = keyof typeof en;
