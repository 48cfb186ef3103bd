import { accountsMessages } from './fr/accounts.ts';
import { billingMessages } from './fr/billing.ts';
import { billingReceivablesMessages } from './fr/billing-receivables.ts';
import { billingQuoteMessages } from './fr/billing-quotes.ts';
import { billingDraftMessages } from './fr/billing-drafts.ts';
import { billingCreditMessages } from './fr/billing-credit.ts';
import { billingRecurringMessages } from './fr/billing-recurring.ts';
import { billingRetainerMessages } from './fr/billing-retainers.ts';
import { brandingMessages } from './fr/branding.ts';
import { signatureMessages } from './fr/signature.ts';
import { domainsMessages, footerMessages } from './fr/domains.ts';
import { mailTemplatesMessages } from './fr/mail-templates.ts';
import { accountRightsMessages, dataExportMessages } from './fr/account-rights.ts';
import { accountDeletionMessages } from './fr/account-deletion.ts';
import { projectsMessages } from './fr/projects.ts';
import { formsMessages } from './fr/forms.ts';
import { onboardingMessages } from './fr/onboarding.ts';
import { obligationsMessages } from './fr/obligations.ts';
import { projectTimeMessages } from './fr/project-time.ts';
import { projectTemplateMessages } from './fr/project-templates.ts';
import { approvalsMessages } from './fr/approvals.ts';
import { collabMessages } from './fr/collab.ts';
import { signaturesMessages } from './fr/signatures.ts';
import { signatureCertificateMessages } from './fr/signature-certificate.ts';
import { ordersMessages } from './fr/orders.ts';
import { returnsMessages } from './fr/returns.ts';
import { apiTokenMessages } from './fr/api-tokens.ts';
import { passkeyMessages } from './fr/passkeys.ts';
import { jobMessages } from './fr/jobs.ts';
import { webhookMessages } from './fr/webhooks.ts';
import { importMessages } from './fr/imports.ts';
import { serviceTokenMessages } from './fr/service-tokens.ts';
import { ssoMessages } from './fr/sso.ts';
import { messagingSettingsMessages } from './fr/messaging-settings.ts';
import { authMessages } from './fr/auth.ts';
import { commonMessages } from './fr/common.ts';
import { consoleMessages } from './fr/console.ts';
import { conversationsMessages } from './fr/conversations.ts';
import { documentsMessages } from './fr/documents.ts';
import { knowledgeBaseMessages } from './fr/knowledge-base.ts';
import { kbTranslationsMessages } from './fr/kb-translations.ts';
import { meMessages } from './fr/me.ts';
import { portalMessages } from './fr/portal.ts';
import { ticketsActivityMessages } from './fr/tickets-activity.ts';
import { ticketsConsoleMessages } from './fr/tickets-console.ts';
import { ticketsPortalMessages } from './fr/tickets-portal.ts';
import type { MessageKey } from './index.ts';

/** The French catalog (vouvoiement): every English key, same ICU arguments. */
export const fr: Record<MessageKey, string> = {
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
