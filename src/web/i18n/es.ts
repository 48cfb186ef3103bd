import { accountsMessages } from './es/accounts.ts';
import { billingMessages } from './es/billing.ts';
import { billingReceivablesMessages } from './es/billing-receivables.ts';
import { billingQuoteMessages } from './es/billing-quotes.ts';
import { billingDraftMessages } from './es/billing-drafts.ts';
import { billingCreditMessages } from './es/billing-credit.ts';
import { billingRecurringMessages } from './es/billing-recurring.ts';
import { billingRetainerMessages } from './es/billing-retainers.ts';
import { brandingMessages } from './es/branding.ts';
import { signatureMessages } from './es/signature.ts';
import { domainsMessages, footerMessages } from './es/domains.ts';
import { mailTemplatesMessages } from './es/mail-templates.ts';
import { accountRightsMessages, dataExportMessages } from './es/account-rights.ts';
import { accountDeletionMessages } from './es/account-deletion.ts';
import { projectsMessages } from './es/projects.ts';
import { formsMessages } from './es/forms.ts';
import { onboardingMessages } from './es/onboarding.ts';
import { obligationsMessages } from './es/obligations.ts';
import { projectTimeMessages } from './es/project-time.ts';
import { projectTemplateMessages } from './es/project-templates.ts';
import { approvalsMessages } from './es/approvals.ts';
import { collabMessages } from './es/collab.ts';
import { signaturesMessages } from './es/signatures.ts';
import { signatureCertificateMessages } from './es/signature-certificate.ts';
import { ordersMessages } from './es/orders.ts';
import { returnsMessages } from './es/returns.ts';
import { apiTokenMessages } from './es/api-tokens.ts';
import { passkeyMessages } from './es/passkeys.ts';
import { jobMessages } from './es/jobs.ts';
import { webhookMessages } from './es/webhooks.ts';
import { importMessages } from './es/imports.ts';
import { serviceTokenMessages } from './es/service-tokens.ts';
import { ssoMessages } from './es/sso.ts';
import { messagingSettingsMessages } from './es/messaging-settings.ts';
import { authMessages } from './es/auth.ts';
import { commonMessages } from './es/common.ts';
import { consoleMessages } from './es/console.ts';
import { conversationsMessages } from './es/conversations.ts';
import { documentsMessages } from './es/documents.ts';
import { knowledgeBaseMessages } from './es/knowledge-base.ts';
import { kbTranslationsMessages } from './es/kb-translations.ts';
import { meMessages } from './es/me.ts';
import { portalMessages } from './es/portal.ts';
import { ticketsActivityMessages } from './es/tickets-activity.ts';
import { ticketsConsoleMessages } from './es/tickets-console.ts';
import { ticketsPortalMessages } from './es/tickets-portal.ts';
import type { MessageKey } from './index.ts';

/** The Spanish catalog (usted): every English key, same ICU arguments. */
export const es: Record<MessageKey, string> = {
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
