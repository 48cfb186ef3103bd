import type { AccountRole } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Invitations } from '../invitations/Invitations.tsx';

const ROLES: AccountRole[] = ['member', 'account_admin'];

/** Pending and past invitations to an account, and the invite form (when allowed). */
export function InvitationsSection({ accountId, canInvite }: { accountId: string; canInvite: boolean }) {
  return (
    <Invitations
      path={`/accounts/${accountId}/invitations`}
      roles={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
      roleOf={(invitation) => (invitation.role ? t(`role.${invitation.role}`) : '')}
      headingId="invitations-heading"
      title={t('invitations.title')}
      formHeading={t('invitations.inviteHeading')}
      canInvite={canInvite}
    />
  );
}
