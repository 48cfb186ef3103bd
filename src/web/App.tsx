import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthLayout } from './features/auth/AuthLayout.tsx';
import { EnrolTwoFactorPage } from './features/auth/EnrolTwoFactorPage.tsx';
import { InvitationPage } from './features/auth/InvitationPage.tsx';
import { MagicLinkPage } from './features/auth/MagicLinkPage.tsx';
import { EmailChangeUndoPage } from './features/auth/EmailChangeUndoPage.tsx';
import { ResetPasswordCompletePage, ResetPasswordRequestPage } from './features/auth/ResetPasswordPages.tsx';
import { SecondFactorPage } from './features/auth/SecondFactorPage.tsx';
import { SsoLinkPage } from './features/sso/SsoSignIn.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { ProfilePage } from './features/me/ProfilePage.tsx';
import { SecurityPage } from './features/me/SecurityPage.tsx';
import { SessionsPage } from './features/me/SessionsPage.tsx';
import { ApiTokensPage } from './features/me/ApiTokensPage.tsx';
import { PortalMessages, PortalThreadPage } from './features/conversations/PortalMessages.tsx';
import { EmailPreferencesPage } from './features/notifications/EmailPreferencesPage.tsx';
import { NotificationsPage } from './features/notifications/NotificationsPage.tsx';
import { HomePage } from './features/portal/HomePage.tsx';
import { HelpCenterRedirect } from './features/knowledge-base/HelpCenterLink.tsx';
import { PortalHelp } from './features/knowledge-base/PortalHelp.tsx';
import { PortalLayout } from './features/portal/PortalLayout.tsx';
import { TeamPage } from './features/portal/TeamPage.tsx';
import { PortalTimelinePage } from './features/obligations/TimelinePage.tsx';
import { RatePage } from './features/rating/RatePage.tsx';
import { RequireConsole, RequireSession, UnauthorizedRedirect } from './session/guards.tsx';
import { Loading } from './ui/common.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';

/** The console is a separate chunk: portal users never download it. */
const ConsoleRoutes = lazy(() => import('./features/console/ConsoleRoutes.tsx'));
/** Documents: its own chunk, loaded when first opened. */
const PortalDocuments = lazy(() =>
  import('./features/documents/PortalDocuments.tsx').then((module) => ({ default: module.PortalDocuments })),
);
/** Projects and tasks: one chunk for both pages. */
const PortalProjects = lazy(() =>
  import('./features/projects/ProjectRoutes.tsx').then((module) => ({ default: module.PortalProjects })),
);
const PortalTasks = lazy(() =>
  import('./features/projects/ProjectRoutes.tsx').then((module) => ({ default: module.PortalTasks })),
);
/** Approvals waiting on the person: its own chunk. */
const PortalApprovals = lazy(() =>
  import('./features/approvals/ApprovalPages.tsx').then((module) => ({ default: module.PortalApprovals })),
);
/** Documents sent for signature, and signing one (pdf.js): its own chunk. */
const PortalSignatures = lazy(() =>
  import('./features/signatures/SignaturePages.tsx').then((module) => ({ default: module.PortalSignatures })),
);
/** My orders and the order page: its own chunk. */
const PortalOrders = lazy(() =>
  import('./features/orders/OrderPages.tsx').then((module) => ({ default: module.PortalOrders })),
);
/** My returns and a return's page: its own chunk. */
const PortalReturns = lazy(() =>
  import('./features/returns/ReturnPages.tsx').then((module) => ({ default: module.PortalReturns })),
);
/** Forms requested from the account, and filling one: its own chunk. */
const PortalForms = lazy(() =>
  import('./features/forms/PortalForms.tsx').then((module) => ({ default: module.PortalForms })),
);
/** A public form (no sign-in): its own chunk, with the form renderer. */
const PublicFormPage = lazy(() =>
  import('./features/forms/PublicFormPage.tsx').then((module) => ({ default: module.PublicFormPage })),
);
/** The "Getting started" checklist: its own chunk. */
const PortalOnboarding = lazy(() =>
  import('./features/onboarding/PortalChecklist.tsx').then((module) => ({ default: module.PortalChecklist })),
);
/** Billing (the account's invoices and quotes): its own chunk. */
const PortalBilling = lazy(() =>
  import('./features/billing/PortalBilling.tsx').then((module) => ({ default: module.PortalBilling })),
);
/** Tickets (customer side): its own chunk. */
const PortalTickets = lazy(() =>
  import('./features/tickets/portal/PortalTickets.tsx').then((module) => ({ default: module.PortalTickets })),
);

export function App() {
  return (
    <BrowserRouter>
      <UnauthorizedRedirect />
      <Routes>
        <Route element={<AuthLayout />}>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/sign-in/two-factor" element={<SecondFactorPage />} />
          <Route path="/sign-in/sso-link" element={<SsoLinkPage />} />
          <Route path="/two-factor/enrol" element={<EnrolTwoFactorPage />} />
          <Route path="/magic-link" element={<MagicLinkPage />} />
          <Route path="/email-change/undo" element={<EmailChangeUndoPage />} />
          <Route path="/reset-password" element={<ResetPasswordRequestPage />} />
          <Route path="/reset-password/complete" element={<ResetPasswordCompletePage />} />
          <Route path="/invitation" element={<InvitationPage />} />
          <Route path="/rate" element={<RatePage />} />
          <Route
            path="/f/:slug"
            element={
              <Suspense fallback={<Loading />}>
                <PublicFormPage />
              </Suspense>
            }
          />
        </Route>
        <Route path="/help/*" element={<HelpCenterRedirect />} />
        <Route path="/help" element={<HelpCenterRedirect />} />
        <Route element={<RequireSession />}>
          <Route element={<RequireConsole />}>
            <Route
              path="/console/*"
              element={
                <Suspense fallback={<Loading />}>
                  <ConsoleRoutes />
                </Suspense>
              }
            />
          </Route>
          <Route element={<PortalLayout />}>
            <Route path="/" element={<HomePage />} />
            <Route path="/team" element={<TeamPage />} />
            <Route
              path="/documents/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalDocuments />
                </Suspense>
              }
            />
            <Route path="/messages/*" element={<PortalMessages />} />
            <Route path="/threads/:threadId" element={<PortalThreadPage />} />
            <Route
              path="/tickets/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalTickets />
                </Suspense>
              }
            />
            <Route
              path="/billing/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalBilling />
                </Suspense>
              }
            />
            <Route
              path="/projects/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalProjects />
                </Suspense>
              }
            />
            <Route
              path="/approvals/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalApprovals />
                </Suspense>
              }
            />
            <Route
              path="/signatures/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalSignatures />
                </Suspense>
              }
            />
            <Route
              path="/tasks/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalTasks />
                </Suspense>
              }
            />
            <Route
              path="/orders/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalOrders />
                </Suspense>
              }
            />
            <Route
              path="/returns/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalReturns />
                </Suspense>
              }
            />
            <Route
              path="/forms/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalForms />
                </Suspense>
              }
            />
            <Route
              path="/onboarding"
              element={
                <Suspense fallback={<Loading />}>
                  <PortalOnboarding />
                </Suspense>
              }
            />
            <Route path="/timeline" element={<PortalTimelinePage />} />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/knowledge-base" element={<PortalHelp />} />
            <Route path="/profile/notifications" element={<EmailPreferencesPage />} />
            <Route path="/profile" element={<ProfilePage />} />
            <Route path="/security" element={<SecurityPage />} />
            <Route path="/sessions" element={<SessionsPage />} />
            <Route path="/api-tokens" element={<ApiTokensPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
