import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AccountDetailPage } from './accounts/AccountDetailPage.tsx';
import { AccountsPage } from './accounts/AccountsPage.tsx';
import { NewAccountPage } from './accounts/NewAccountPage.tsx';
import { AuditLogPage } from './audit/AuditLogPage.tsx';
import { ConsoleDocuments } from '../documents/ConsoleDocuments.tsx';
import { ConsoleLayout } from './ConsoleLayout.tsx';
import {
  ConsoleAccountMessagesPage,
  ConsoleInboxPage,
  ConsoleNewThreadPage,
  ConsoleThreadPage,
} from '../conversations/ConsoleMessages.tsx';
import { EmailPreferencesPage } from '../notifications/EmailPreferencesPage.tsx';
import { NotificationsPage } from '../notifications/NotificationsPage.tsx';
import { MailDetailPage, MailListPage } from './mail/MailPages.tsx';
import { JobsPage } from './jobs/JobsPage.tsx';
import { DeletionRequestsPage } from './DeletionRequestsPage.tsx';
import { WebhooksPage } from '../webhooks/WebhooksPage.tsx';
import { ImportPage, ImportUploadPage } from './accounts/ImportPage.tsx';
import { ServiceTokensPage } from './ServiceTokensPage.tsx';
import { WebhookDetailPage } from '../webhooks/WebhookDetailPage.tsx';
import { SsoProvidersPage } from '../sso/SsoProvidersPage.tsx';
import { MailTemplatesPage } from './segments/mail/MailTemplatesPage.tsx';
import { SegmentFormPage } from './segments/SegmentFormPage.tsx';
import { SegmentsPage } from './segments/SegmentsPage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { StaffDetailPage } from './staff/StaffDetailPage.tsx';
import { StaffPage } from './staff/StaffPage.tsx';
import { ProfilePage } from '../me/ProfilePage.tsx';
import { SecurityPage } from '../me/SecurityPage.tsx';
import { SessionsPage } from '../me/SessionsPage.tsx';
import { ApiTokensPage } from '../me/ApiTokensPage.tsx';
import { useSession } from '../../session/SessionProvider.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { ConsoleKnowledgeBase } from '../knowledge-base/ConsoleKnowledgeBase.tsx';
import { ArticleEditor } from '../knowledge-base/ArticleEditor.tsx';
import { TranslationNew } from '../knowledge-base/TranslationNew.tsx';
import { KbAnalyticsPage } from '../knowledge-base/AnalyticsPage.tsx';
import { QueuePage } from '../tickets/console/QueuePage.tsx';
import { TicketPage } from '../tickets/console/TicketPage.tsx';
import { TicketSettingsPage } from '../tickets/console/settings/TicketSettingsPage.tsx';
import { SupportDashboardPage } from '../support-reports/SupportDashboardPage.tsx';
import { WaitingPage } from '../home/WaitingPage.tsx';
import { ConsoleTimelinePage } from '../obligations/TimelinePage.tsx';
import ConsoleBilling from '../billing/ConsoleBilling.tsx';
import { ConsoleProjects, ConsoleTasks } from '../projects/ProjectRoutes.tsx';
import { ConsoleApprovals } from '../approvals/ApprovalPages.tsx';
import { ConsoleSignatures } from '../signatures/SignaturePages.tsx';
import { ConsoleAccountOrders, ConsoleOrders } from '../orders/ConsoleOrders.tsx';
import { ConsoleReturns } from '../returns/ConsoleReturns.tsx';
import { ConsoleForms } from '../forms/ConsoleForms.tsx';
import { ConsoleOnboarding } from '../onboarding/ConsoleOnboarding.tsx';

/** Pages a user may only see when their session allows it (guarded by the server's abilities). */
function Allowed({ when, children }: { when: boolean; children: ReactElement }) {
  return when ? children : <Navigate to="/console/accounts" replace />;
}

export default function ConsoleRoutes() {
  const { me } = useSession();
  const can = me?.abilities;
  return (
    <Routes>
      <Route element={<ConsoleLayout />}>
        <Route index element={<WaitingPage />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="accounts/new" element={<NewAccountPage />} />
        <Route path="accounts/import" element={<ImportUploadPage />} />
        <Route path="accounts/import/:importId" element={<ImportPage />} />
        <Route path="accounts/:accountId" element={<AccountDetailPage />} />
        <Route path="accounts/:accountId/timeline" element={<ConsoleTimelinePage />} />
        <Route path="accounts/:accountId/documents/*" element={<ConsoleDocuments />} />
        <Route
          path="segments"
          element={
            <Allowed when={Boolean(can?.manageSegments)}>
              <SegmentsPage />
            </Allowed>
          }
        />
        <Route
          path="segments/new"
          element={
            <Allowed when={Boolean(can?.manageSegments)}>
              <SegmentFormPage />
            </Allowed>
          }
        />
        <Route
          path="segments/:segmentId"
          element={
            <Allowed when={Boolean(can?.manageSegments)}>
              <SegmentFormPage />
            </Allowed>
          }
        />
        <Route
          path="segments/emails"
          element={
            <Allowed when={Boolean(can?.manageSegments)}>
              <MailTemplatesPage />
            </Allowed>
          }
        />
        <Route
          path="segments/:segmentId/emails"
          element={
            <Allowed when={Boolean(can?.manageSegments)}>
              <MailTemplatesPage />
            </Allowed>
          }
        />
        <Route
          path="staff"
          element={
            <Allowed when={Boolean(can?.manageStaff)}>
              <StaffPage />
            </Allowed>
          }
        />
        <Route
          path="staff/:staffId"
          element={
            <Allowed when={Boolean(can?.manageStaff)}>
              <StaffDetailPage />
            </Allowed>
          }
        />
        <Route
          path="settings"
          element={
            <Allowed when={Boolean(can?.manageSettings)}>
              <SettingsPage />
            </Allowed>
          }
        />
        <Route
          path="audit-log"
          element={
            <Allowed when={Boolean(can?.readAuditLog)}>
              <AuditLogPage />
            </Allowed>
          }
        />
        <Route
          path="mail"
          element={
            <Allowed when={Boolean(can?.readMailOutbox)}>
              <MailListPage />
            </Allowed>
          }
        />
        <Route
          path="mail/:mailId"
          element={
            <Allowed when={Boolean(can?.readMailOutbox)}>
              <MailDetailPage />
            </Allowed>
          }
        />
        <Route
          path="single-sign-on"
          element={
            <Allowed when={Boolean(can?.manageSettings)}>
              <SsoProvidersPage />
            </Allowed>
          }
        />
        <Route
          path="deletion-requests"
          element={
            <Allowed when={Boolean(can?.manageDeletionRequests)}>
              <DeletionRequestsPage />
            </Allowed>
          }
        />
        <Route
          path="integrations"
          element={
            <Allowed when={Boolean(can?.manageServiceTokens)}>
              <ServiceTokensPage />
            </Allowed>
          }
        />
        <Route
          path="webhooks"
          element={
            <Allowed when={Boolean(can?.manageWebhooks)}>
              <WebhooksPage />
            </Allowed>
          }
        />
        <Route
          path="webhooks/:subscriptionId"
          element={
            <Allowed when={Boolean(can?.manageWebhooks)}>
              <WebhookDetailPage />
            </Allowed>
          }
        />
        <Route
          path="jobs"
          element={
            <Allowed when={Boolean(can?.manageJobs)}>
              <JobsPage />
            </Allowed>
          }
        />
        <Route path="accounts/:accountId/messages" element={<ConsoleAccountMessagesPage />} />
        <Route path="accounts/:accountId/messages/new" element={<ConsoleNewThreadPage />} />
        <Route path="inbox" element={<ConsoleInboxPage />} />
        <Route path="threads/:threadId" element={<ConsoleThreadPage />} />
        <Route path="knowledge-base" element={<ConsoleKnowledgeBase />} />
        <Route path="knowledge-base/articles/:articleId" element={<ArticleEditor />} />
        <Route path="knowledge-base/articles/:articleId/translations/new" element={<TranslationNew />} />
        <Route path="knowledge-base/analytics" element={<KbAnalyticsPage />} />
        <Route path="tickets" element={<QueuePage />} />
        <Route path="tickets/settings/*" element={<TicketSettingsPage />} />
        <Route path="tickets/:ticketId" element={<TicketPage />} />
        <Route path="support-reports" element={<SupportDashboardPage />} />
        <Route path="billing/*" element={<ConsoleBilling />} />
        <Route path="projects/*" element={<ConsoleProjects />} />
        <Route path="forms/*" element={<ConsoleForms />} />
        <Route path="onboarding/*" element={<ConsoleOnboarding />} />
        <Route path="tasks/*" element={<ConsoleTasks />} />
        <Route path="approvals/*" element={<ConsoleApprovals />} />
        <Route path="signatures/*" element={<ConsoleSignatures />} />
        <Route path="orders/*" element={<ConsoleOrders />} />
        <Route path="returns/*" element={<ConsoleReturns />} />
        <Route path="accounts/:accountId/orders" element={<ConsoleAccountOrders />} />
        <Route path="notifications" element={<NotificationsPage console />} />
        <Route path="profile/notifications" element={<EmailPreferencesPage console />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="security" element={<SecurityPage />} />
        <Route path="sessions" element={<SessionsPage />} />
        <Route path="api-tokens" element={<ApiTokensPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
