import type { MessageKey } from './index.ts';
import { accountsMessages } from './de/accounts.ts';
import { billingMessages } from './de/billing.ts';
import { billingReceivablesMessages } from './de/billing-receivables.ts';
import { billingQuoteMessages } from './de/billing-quotes.ts';
import { billingDraftMessages } from './de/billing-drafts.ts';
import { billingCreditMessages } from './de/billing-credit.ts';
import { billingRecurringMessages } from './de/billing-recurring.ts';
import { billingRetainerMessages } from './de/billing-retainers.ts';
import { brandingMessages } from './de/branding.ts';
import { signatureMessages } from './de/signature.ts';
import { domainsMessages, footerMessages } from './de/domains.ts';
import { mailTemplatesMessages } from './de/mail-templates.ts';
import { accountRightsMessages, dataExportMessages } from './de/account-rights.ts';
import { accountDeletionMessages } from './de/account-deletion.ts';
import { projectsMessages } from './de/projects.ts';
import { formsMessages } from './de/forms.ts';
import { onboardingMessages } from './de/onboarding.ts';
import { obligationsMessages } from './de/obligations.ts';
import { projectTimeMessages } from './de/project-time.ts';
import { projectTemplateMessages } from './de/project-templates.ts';
import { approvalsMessages } from './de/approvals.ts';
import { collabMessages } from './de/collab.ts';
import { signaturesMessages } from './de/signatures.ts';
import { signatureCertificateMessages } from './de/signature-certificate.ts';
import { ordersMessages } from './de/orders.ts';
import { returnsMessages } from './de/returns.ts';
import { apiTokenMessages } from './de/api-tokens.ts';
import { passkeyMessages } from './de/passkeys.ts';
import { jobMessages } from './de/jobs.ts';
import { webhookMessages } from './de/webhooks.ts';
import { importMessages } from './de/imports.ts';
import { serviceTokenMessages } from './de/service-tokens.ts';
import { ssoMessages } from './de/sso.ts';
import { messagingSettingsMessages } from './de/messaging-settings.ts';
import { authMessages } from './de/auth.ts';
import { commonMessages } from './de/common.ts';
import { consoleMessages } from './de/console.ts';
import { conversationsMessages } from './de/conversations.ts';
import { documentsMessages } from './de/documents.ts';
import { knowledgeBaseMessages } from './de/knowledge-base.ts';
import { kbTranslationsMessages } from './de/kb-translations.ts';
import { meMessages } from './de/me.ts';
import { portalMessages } from './de/portal.ts';
import { ticketsActivityMessages } from './de/tickets-activity.ts';
import { ticketsConsoleMessages } from './de/tickets-console.ts';
import { ticketsPortalMessages } from './de/tickets-portal.ts';

/** The German catalog (formal "Sie"); loaded on demand. A missing key is a type error. */
export const de: Record<MessageKey, string> = {
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
};
