// The everyday guides of the Northwind help center: what self-service customers and clients ask most (signing in,
// team, documents, messages, tickets, billing). The relevance check of `npm run bench` (bench/kb-relevance.ts)
// asks customers' own questions of these articles, so keep them answering one question each.
import type { DemoSection } from './demo-content.ts';

export const ACCOUNT_GUIDES: DemoSection[] = [
  {
    name: 'Signing in',
    articles: [
      {
        title: 'Recovering your account after losing your phone',
        slug: 'lost-two-factor-device',
        summary: 'Use a recovery code when your authenticator app is gone.',
        body: 'On the sign-in page, choose **Use a recovery code** and enter one of the codes you saved when you turned on two-factor authentication. Each code works once.\n\nThen open **Security** and set up the authenticator on your new phone. No codes left? Contact us from your work address and we will verify who you are.',
      },
      {
        title: 'Signing out of other browsers and devices',
        slug: 'sign-out-everywhere',
        summary: 'End sessions on computers you no longer use.',
        body: 'Open **Security** in your profile. The list shows every browser where you are signed in, with its last activity. Choose **Sign out** next to one, or **Sign out everywhere else**.\n\nChanging your password signs out every other session too.',
      },
      {
        title: 'Your account is locked after too many attempts',
        slug: 'account-locked',
        summary: 'Sign-in pauses for a few minutes after repeated failed attempts.',
        body: 'After several failed sign-in attempts we pause sign-in for that address for a few minutes, to protect you from someone guessing. Wait, then try again, or use **Forgot password** to choose a new one.',
      },
    ],
  },
  {
    name: 'Your profile and team',
    articles: [
      {
        title: 'Inviting a colleague to your workspace',
        slug: 'invite-a-colleague',
        summary: 'Give a team member their own sign-in.',
        body: 'Account admins open **Team** and choose **Invite**. Enter the email address and pick a role: *member* or *admin*. The invitation is valid for 7 days; send it again from the same page if it expired.',
      },
      {
        title: 'Removing someone from your team',
        slug: 'remove-a-team-member',
        summary: 'Take away access when a colleague leaves.',
        body: 'Open **Team**, find the person and choose **Remove**. They lose access at once; messages and documents they added stay with your organisation.',
      },
      {
        title: 'Changing your email address or name',
        slug: 'change-email-address',
        summary: 'Update the address you sign in with.',
        body: 'Open **Profile**, edit your name or email address and save. We send a confirmation to the new address; the change applies once you open that link.',
      },
      {
        title: 'Choosing which emails we send you',
        slug: 'email-notification-preferences',
        summary: 'Turn notifications on or off for messages, documents and tickets.',
        body: 'Open **Notifications** in your profile and choose, for each area, whether to get every update, a daily digest or nothing. Every email also has a one-click **unsubscribe** link at the bottom.',
      },
      {
        title: 'Creating a personal API token',
        slug: 'personal-api-tokens',
        summary: 'Connect scripts and integrations to your account.',
        body: 'Open **API tokens** in your profile, name the token and choose, for each area (tickets, documents, billing...), no access, read, or read and write. Copy it right away: it is shown once. Revoke a token you no longer use from the same page.',
      },
    ],
  },
  {
    name: 'Documents and messages',
    articles: [
      {
        title: 'Uploading documents',
        slug: 'upload-documents',
        summary: 'Send us files: receipts, statements, contracts.',
        body: 'Open **Documents**, pick a folder and drag your files onto the page or choose **Upload**. Files up to 100 MB each are accepted; PDF, images and Office files preview in the browser.\n\nUploading a file with the same name again adds a new version.',
      },
      {
        title: 'Restoring a deleted file',
        slug: 'restore-deleted-file',
        summary: 'Deleted documents stay in the trash for 30 days.',
        body: 'Open **Documents** and then **Trash**. Choose **Restore** next to the file to put it back in its folder. After 30 days the trash is emptied for good.',
      },
      {
        title: 'Answering a file request',
        slug: 'file-requests',
        summary: 'When your advisor asks you for specific documents.',
        body: 'A file request lists the documents we need and a due date. Open it from the email or from **Documents**, upload each file and choose **Submit**. We send reminders before the due date.',
      },
      {
        title: 'Sending a message to your advisor',
        slug: 'send-a-message',
        summary: 'Start a conversation with the Northwind team.',
        body: 'Open **Messages** and choose **New conversation**. Add a subject, write your question and attach files if needed. You can also reply to our emails: the answer lands in the same conversation.',
      },
      {
        title: 'Editing or deleting a message you sent',
        slug: 'edit-or-delete-a-message',
        summary: 'Fix a typo or take back a message shortly after sending it.',
        body: 'Hover over your message and choose **Edit** or **Delete**. For the record, changes are possible only for a short time after sending (15 minutes unless your firm set another window). A deleted message shows as *deleted* in the conversation.',
      },
    ],
  },
  {
    name: 'Support requests',
    articles: [
      {
        title: 'Opening a support ticket',
        slug: 'open-a-support-ticket',
        summary: 'Ask our support team for help and follow the answer.',
        body: 'Open **Support** and choose **New ticket**. Describe the problem, add screenshots or files, and send. You can also email support@northwind.example. We answer within one business day.',
      },
      {
        title: 'Following up on your ticket',
        slug: 'ticket-status',
        summary: 'See where your request stands and add details.',
        body: 'Every request is listed under **Support** with its status: *open* while we work on it, *pending* when we wait for your answer, *solved* when done. Reply on a solved ticket within 7 days to reopen it.',
      },
      {
        title: 'Rating the help you received',
        slug: 'rate-support',
        summary: 'Tell us how we did after a ticket is solved.',
        body: 'When we solve your ticket we email a short survey: choose *good* or *bad* and add a comment if you like. You can also rate from the ticket page.',
      },
    ],
  },
];

export const BILLING_GUIDES: DemoSection[] = [
  {
    name: 'Invoices and payments',
    articles: [
      {
        title: 'Correcting an invoice',
        slug: 'correct-an-invoice',
        summary: 'An amount, address or VAT number on your invoice is incorrect.',
        body: 'Reply to the invoice email or open a support ticket with the invoice number and what needs changing. We cancel the invoice with a credit note and issue a corrected invoice, usually within two business days. Do not pay the incorrect invoice in the meantime.',
      },
      {
        title: 'Downloading your invoices',
        slug: 'download-invoices',
        summary: 'Get PDF copies of past invoices for your records.',
        body: 'Open **Billing** and then **Invoices**. Each invoice has a **PDF** button; choose **Download all** to get a year in one archive for your accountant.',
      },
      {
        title: 'Updating your card or payment method',
        slug: 'update-payment-method',
        summary: 'Change the card we charge, or switch to direct debit.',
        body: 'Open **Billing** and choose **Payment method**. Add the new card and make it the default; we remove the old one. If a payment failed, we retry it within a day of the change.',
      },
      {
        title: 'Asking for a refund',
        slug: 'request-a-refund',
        summary: 'When you were charged twice or for something you did not use.',
        body: 'Open a support ticket with the invoice number and the reason. Approved refunds go back to the original payment method within 5 to 10 business days.',
      },
    ],
  },
  {
    name: 'Plans',
    articles: [
      {
        title: 'Changing your plan',
        slug: 'change-plan',
        summary: 'Upgrade or downgrade; the difference is prorated.',
        body: 'Open **Billing** and choose **Change plan**. An upgrade applies at once and you pay the prorated difference; a downgrade applies at the next renewal.',
      },
      {
        title: 'Cancelling your subscription',
        slug: 'cancel-subscription',
        summary: 'Stop the renewal; your data stays available until the end of the period.',
        body: 'Open **Billing** and choose **Cancel subscription**. Nothing renews after the current period, and you can export your documents until then. Changed your mind? Reactivate from the same page.',
      },
    ],
  },
];
