import type { ReactNode } from 'react';
import { NavLink, Outlet, Route, Routes } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { PageHeader } from '../../ui/common.tsx';
import { ActivityList } from './ActivityList.tsx';
import { DocumentPage } from './DocumentPage.tsx';
import { DocumentsBrowser } from './DocumentsBrowser.tsx';
import { FileRequestPage } from './FileRequestPage.tsx';
import { FileRequestsPage } from './FileRequestsPage.tsx';
import { useDocsScope } from './scope.tsx';
import { SpaceSettings } from './SpaceSettings.tsx';
import { TrashPage } from './TrashPage.tsx';

export interface Tab {
  to: string;
  label: string;
  end?: boolean;
}

/** Tabs as a navigation list; the current one is marked by NavLink's aria-current. */
export function Tabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label}>
      <ul className="tabs">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Shell({
  title,
  description,
  before,
  tabs,
}: {
  title: string;
  description?: ReactNode;
  before?: ReactNode;
  tabs: Tab[];
}) {
  return (
    <>
      {before}
      <PageHeader title={title} description={description} />
      <Tabs label={t('documents.sections')} tabs={tabs} />
      <Outlet />
    </>
  );
}

function AccountActivity() {
  const { accountId, space } = useDocsScope();
  if (!space.data?.abilities.viewActivity) return null;
  return <ActivityList of={{ accountId }} />;
}

interface DocsRoutesProps {
  title: string;
  description?: ReactNode;
  before?: ReactNode;
  /** Tabs shown before the documents' own (the console's account Overview). */
  leadingTabs?: Tab[];
}

/** The routes of one account's document space, mounted under the portal's `/documents` or a console account. */
export function DocsRoutes({ title, description, before, leadingTabs = [] }: DocsRoutesProps) {
  const { docs, requests, space } = useDocsScope();
  const tabs: Tab[] = [
    ...leadingTabs,
    { to: docs, label: t('documents.files'), end: true },
    { to: requests, label: t('documents.requests'), end: true },
    ...(space.data?.abilities.viewActivity ? [{ to: `${docs}/activity`, label: t('documents.activity.title') }] : []),
    ...(space.data?.abilities.manageSettings ? [{ to: `${docs}/settings`, label: t('documents.settings.tab') }] : []),
  ];
  return (
    <Routes>
      <Route element={<Shell title={title} description={description} before={before} tabs={tabs} />}>
        <Route index element={<DocumentsBrowser />} />
        <Route path="trash" element={<TrashPage />} />
        <Route path="requests" element={<FileRequestsPage />} />
        <Route path="activity" element={<AccountActivity />} />
        <Route path="settings" element={<SpaceSettings />} />
      </Route>
      <Route path="files/:documentId" element={<DocumentPage />} />
      <Route path="requests/:requestId" element={<FileRequestPage />} />
    </Routes>
  );
}
