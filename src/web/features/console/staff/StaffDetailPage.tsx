import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { StaffRole, StaffUser } from '../../../../contract/index.ts';
import { ApiError } from '../../../api/client.ts';
import { useSubmit, type Page } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { Checkbox, GroupError, SelectField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { AccountPicker, type PickedAccount } from './AccountPicker.tsx';
import { dataOf, porticoApi } from '../../../api/typed-client.ts';

const ROLES: StaffRole[] = ['agent', 'admin', 'owner'];

/** There is no single-user GET: find the user in the staff list (a portal has few staff). */
async function findStaffUser(id: string): Promise<StaffUser> {
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const result: Page<StaffUser> = await dataOf(
      porticoApi.GET('/api/v1/staff-users', { params: { query: { limit: 200, cursor: cursor ?? undefined } } }),
    );
    const user = result.items.find((item) => item.id === id);
    if (user) return user;
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  throw new ApiError({ status: 404, code: 'not_found', title: t('staff.notFound') });
}

function StaffForm({ user }: { user: StaffUser }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [role, setRole] = useState<StaffRole>(user.role);
  const [limited, setLimited] = useState(user.limitedToAssignedAccounts);
  const [assigned, setAssigned] = useState<PickedAccount[]>(user.assignedAccounts);
  const save = useSubmit();
  const removal = useSubmit();
  const readOnly = !user.abilities.update;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await save.run(() =>
      porticoApi.PATCH('/api/v1/staff-users/{userId}', {
        params: { path: { userId: user.id } },
        body: { role, limitedToAssignedAccounts: limited, assignedAccountIds: assigned.map((account) => account.id) },
      }),
    );
    if (ok) toast(t('common.saved'));
  };

  const onRemove = async () => {
    const ok = await removal.run(() =>
      porticoApi.DELETE('/api/v1/staff-users/{userId}', { params: { path: { userId: user.id } } }),
    );
    if (ok) {
      toast(t('staff.removed', { name: user.name }));
      navigate('/console/staff');
    }
  };

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormAlert error={save.error} fields={['role', 'limitedToAssignedAccounts', 'assignedAccountIds']} />
        <fieldset disabled={readOnly} className="plain">
          <div className="stack">
            <SelectField
              label={t('members.col.role')}
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value as StaffRole)}
              error={save.error}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`staffRole.${value}`)}
                </option>
              ))}
            </SelectField>
            <Checkbox
              label={t('staff.field.limited')}
              hint={t('staff.field.limitedHint')}
              checked={limited}
              onChange={(event) => setLimited(event.target.checked)}
            />
            {limited ? <AccountPicker value={assigned} onChange={setAssigned} disabled={readOnly} /> : null}
            <GroupError error={save.error} name="assignedAccountIds" />
            {readOnly ? null : (
              <div>
                <button type="submit" className="btn" disabled={save.pending}>
                  {t('common.save')}
                </button>
              </div>
            )}
          </div>
        </fieldset>
      </form>
      {user.abilities.remove ? (
        <section aria-labelledby="remove-staff-heading" className="panel panel--danger">
          <h2 id="remove-staff-heading">{t('staff.remove.title')}</h2>
          <p>{t('staff.remove.intro', { name: user.name })}</p>
          <FormAlert error={removal.error} />
          <button type="button" className="btn btn--danger" onClick={onRemove} disabled={removal.pending}>
            {t('staff.remove.button')}
          </button>
        </section>
      ) : null}
    </>
  );
}

export function StaffDetailPage() {
  const { staffId = '' } = useParams();
  const location = useLocation();
  const fromList = (location.state as { staff?: StaffUser } | null)?.staff;
  const [user, setUser] = useState<StaffUser | null>(fromList?.id === staffId ? fromList : null);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    let cancelled = false;
    findStaffUser(staffId)
      .then((found) => !cancelled && setUser(found))
      .catch((err: unknown) => !cancelled && setError(err));
    return () => {
      cancelled = true;
    };
  }, [staffId]);

  return (
    <>
      <p>
        <Link to="/console/staff">← {t('staff.back')}</Link>
      </p>
      {error && !user ? <ErrorState error={error} /> : null}
      {!user && !error ? <Loading /> : null}
      {user ? (
        <>
          <PageHeader title={user.name} description={`${user.email} · ${t(`staffRole.${user.role}`)}`} />
          <StaffForm key={user.id} user={user} />
        </>
      ) : null}
    </>
  );
}
