import { accountsMessages } from './en/accounts.ts';
import { billingMessages } from './en/billing.ts';
import { billingReceivablesMessages } from './en/billing-receivables.ts';
import { billingQuoteMessages } from './en/billing-quotes.ts';
import { billingDraftMessages } from './en/billing-drafts.ts';
import { billingCreditMessages } from './en/billing-credit.ts';
import { billingRecurringMessages } from './en/billing-recurring.ts';
import { billingRetainerMessages } from './en/billing-retainers.ts';
import { brandingMessages } from './en/branding.ts';
import { signatureMessages } from './en/signature.ts';
import { domainsMessages, footerMessages } from './en/domains.ts';
import { mailTemplatesMessages } from './en/mail-templates.ts';
import { accountRightsMessages, dataExportMessages } from './en/account-rights.ts';
import { accountDeletionMessages } from './en/account-deletion.ts';
import { projectsMessages } from './en/projects.ts';
import { formsMessages } from './en/forms.ts';
import { onboardingMessages } from './en/onboarding.ts';
import { obligationsMessages } from './en/obligations.ts';
import { projectTimeMessages } from './en/project-time.ts';
import { projectTemplateMessages } from './en/project-templates.ts';
import { approvalsMessages } from './en/approvals.ts';
import { collabMessages } from './en/collab.ts';
import { signaturesMessages } from './en/signatures.ts';
import { signatureCertificateMessages } from './en/signature-certificate.ts';
import { ordersMessages } from './en/orders.ts';
import { returnsMessages } from './en/returns.ts';
import { apiTokenMessages } from './en/api-tokens.ts';
import { passkeyMessages } from './en/passkeys.ts';
import { jobMessages } from './en/jobs.ts';
import { webhookMessages } from './en/webhooks.ts';
import { importMessages } from './en/imports.ts';
import { serviceTokenMessages } from './en/service-tokens.ts';
import { ssoMessages } from './en/sso.ts';
import { messagingSettingsMessages } from './en/messaging-settings.ts';
import { authMessages } from './en/auth.ts';
import { commonMessages } from './en/common.ts';
import { consoleMessages } from './en/console.ts';
import { conversationsMessages } from './en/conversations.ts';
import { documentsMessages } from './en/documents.ts';
import { knowledgeBaseMessages } from './en/knowledge-base.ts';
import { kbTranslationsMessages } from './en/kb-translations.ts';
import { meMessages } from './en/me.ts';
import { portalMessages } from './en/portal.ts';
import { ticketsActivityMessages } from './en/tickets-activity.ts';
import { ticketsConsoleMessages } from './en/tickets-console.ts';
import { ticketsPortalMessages } from './en/tickets-portal.ts';

/** The English catalog: every user-facing string in the web app. */
export const en = {
  ...commonMessages,
  ...authMessages,
  ...portalMessages,
  ...meMessages,
  ...apiTokenMessages,
  ...passkeyMessages,
  ...jobMessages,
  ...webhookMessages,
  ...importMessages,
  ...serviceTokenMessages,
  ...ssoMessages,
  ...messagingSettingsMessages,
  ...accountsMessages,
  ...consoleMessages,
  ...documentsMessages,
  ...conversationsMessages,
  ...knowledgeBaseMessages,
  ...kbTranslationsMessages,
  ...ticketsPortalMessages,
  ...ticketsConsoleMessages,
  ...ticketsActivityMessages,
  ...billingMessages,
  ...billingReceivablesMessages,
  ...billingQuoteMessages,
  ...billingDraftMessages,
  ...billingRecurringMessages,
  ...billingCreditMessages,
  ...billingRetainerMessages,
  ...projectsMessages,
  ...formsMessages,
  ...onboardingMessages,
  ...obligationsMessages,
  ...projectTimeMessages,
  ...projectTemplateMessages,
  ...approvalsMessages,
  ...signaturesMessages,
  ...signatureCertificateMessages,
  ...ordersMessages,
  ...returnsMessages,
  ...brandingMessages,
  ...signatureMessages,
  ...domainsMessages,
  ...footerMessages,
  ...mailTemplatesMessages,
  ...accountRightsMessages,
  ...dataExportMessages,
  ...accountDeletionMessages,
  ...collabMessages,
} as const;
