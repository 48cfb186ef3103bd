import { NavLink, Navigate, Route, Routes } from 'react-router-dom';
import { t, type MessageKey } from '../../../../i18n/index.ts';
import { useMe } from '../../../../session/SessionProvider.tsx';
import { PageHeader } from '../../../../ui/common.tsx';
import { isAdmin } from '../format.ts';
import { CalendarsTab } from './CalendarsTab.tsx';
import { CannedRepliesTab } from './CannedRepliesTab.tsx';
import { FieldsTab } from './FieldsTab.tsx';
import { GeneralTab } from './GeneralTab.tsx';
import { GroupsTab } from './GroupsTab.tsx';
import { SlaPoliciesTab } from './SlaPoliciesTab.tsx';

const TABS: { path: string; label: MessageKey }[] = [
  { path: 'groups', label: 'tc.settings.tab.groups' },
  { path: 'fields', label: 'tc.settings.tab.fields' },
  { path: 'sla', label: 'tc.settings.tab.sla' },
  { path: 'calendars', label: 'tc.settings.tab.calendars' },
  { path: 'canned-replies', label: 'tc.settings.tab.canned' },
  { path: 'general', label: 'tc.settings.tab.general' },
];

/** `/console/tickets/settings/*`: admins change these; other staff read them. */
export function TicketSettingsPage() {
  const me = useMe();
  const canWrite = isAdmin(me.user.staffRole);
  return (
    <>
      <p>
        <NavLink to="/console/tickets">← {t('tc.ticket.back')}</NavLink>
      </p>
      <PageHeader
        title={t('tc.settings.title')}
        description={canWrite ? t('tc.settings.intro') : t('tc.settings.readOnly')}
      />
      <nav className="tabs tc-tabs" aria-label={t('tc.settings.tabs')}>
        {TABS.map((tab) => (
          <NavLink key={tab.path} to={`/console/tickets/settings/${tab.path}`}>
            {t(tab.label)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to="groups" replace />} />
        <Route path="groups" element={<GroupsTab canWrite={canWrite} />} />
        <Route path="fields" element={<FieldsTab canWrite={canWrite} />} />
        <Route path="sla" element={<SlaPoliciesTab canWrite={canWrite} />} />
        <Route path="calendars" element={<CalendarsTab canWrite={canWrite} />} />
        <Route path="canned-replies" element={<CannedRepliesTab />} />
        <Route path="general" element={<GeneralTab />} />
      </Routes>
    </>
  );
}
