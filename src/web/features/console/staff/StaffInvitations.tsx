import type { StaffRole } from '../../../../contract/index.ts';
import { t } from '../../../i18n/index.ts';
import { Invitations } from '../../invitations/Invitations.tsx';

const ROLES: StaffRole[] = ['agent', 'admin', 'owner'];

/** Invite staff and manage pending staff invitations. */
export function StaffInvitations() {
  return (
    <Invitations
      path="/staff-invitations"
      roles={ROLES.map((value) => ({ value, label: t(`staffRole.${value}`) }))}
      roleOf={(invitation) => (invitation.staffRole ? t(`staffRole.${invitation.staffRole}`) : '')}
      headingId="staff-invite-heading"
      title={t('staff.invite.title')}
      tableHeading={t('staff.invite.pending')}
      canInvite
    />
  );
}
