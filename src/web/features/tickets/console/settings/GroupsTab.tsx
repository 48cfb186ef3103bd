import { useState, type FormEvent } from 'react';
import type { StaffUser } from '../../../../../contract/index.ts';
import { useSubmit } from '../../../../api/hooks.ts';
import { t } from '../../../../i18n/index.ts';
import { TextField } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { EmptyState, ErrorState, Loading } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';
import { ticketsApi, type TicketGroupItem } from '../../api.ts';
import { useGroupOptions, useStaffOptions } from '../options.ts';
import { useConfirmedDelete } from '../../../../ui/useConfirmedDelete.ts';

/** Groups of agents (routing, reports) and their members. */
export function GroupsTab({ canWrite }: { canWrite: boolean }) {
  const { groups, reload, error, loading } = useGroupOptions();
  const staff = useStaffOptions();
  const [name, setName] = useState('');
  const submission = useSubmit();
  const create = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await ticketsApi.createGroup({ name, memberIds: [] });
      setName('');
      reload();
    });
  };
  return (
    <section aria-labelledby="tc-groups-title" className="stack">
      <h2 id="tc-groups-title">{t('tc.settings.tab.groups')}</h2>
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !groups.length ? <Loading /> : null}
      {!loading && !groups.length && !error ? <EmptyState title={t('tc.groups.empty')} /> : null}
      {groups.map((group) => (
        <GroupEditor key={group.id} group={group} staff={staff} onChanged={reload} />
      ))}
      {canWrite ? (
        <form onSubmit={create} noValidate className="inline-form panel">
          <FormAlert error={submission.error} fields={['name']} />
          <TextField
            label={t('tc.groups.newName')}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submission.error}
          />
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('tc.groups.create')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function GroupEditor({
  group,
  staff,
  onChanged,
}: {
  group: TicketGroupItem;
  staff: StaffUser[];
  onChanged: () => void;
}) {
  const toast = useToast();
  const [name, setName] = useState(group.name);
  const [memberIds, setMemberIds] = useState(group.members.map((member) => member.id));
  const submission = useSubmit();
  const canWrite = group.abilities.update;
  const people = new Map([
    ...staff.map((p) => [p.id, p.name] as const),
    ...group.members.map((m) => [m.id, m.name] as const),
  ]);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await ticketsApi.updateGroup(group.id, { name, memberIds });
      toast(t('common.saved'));
      onChanged();
    });
  };
  const confirmedDelete = useConfirmedDelete();
  const remove = () =>
    confirmedDelete(
      t('tc.groups.deleteConfirm', { name: group.name }),
      () => ticketsApi.deleteGroup(group.id),
      onChanged,
    );
  return (
    <form className="panel stack" onSubmit={save} noValidate aria-label={group.name}>
      <FormAlert error={submission.error} fields={['name', 'memberIds']} />
      <fieldset className="plain" disabled={!canWrite}>
        <div className="stack">
          <TextField
            label={t('tc.groups.name')}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submission.error}
          />
          <fieldset>
            <legend>{t('tc.groups.members')}</legend>
            <div className="tc-checks">
              {[...people.entries()].map(([id, personName]) => (
                <label key={id} className="tc-check">
                  <input
                    type="checkbox"
                    checked={memberIds.includes(id)}
                    onChange={(event) =>
                      setMemberIds(event.target.checked ? [...memberIds, id] : memberIds.filter((x) => x !== id))
                    }
                  />
                  {personName}
                </label>
              ))}
            </div>
          </fieldset>
          {canWrite ? (
            <div className="page-actions">
              <button type="submit" className="btn" disabled={submission.pending}>
                {t('common.save')}
              </button>
              {group.abilities.delete ? (
                <button type="button" className="btn btn--danger" onClick={() => void remove()}>
                  {t('tc.settings.delete')}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
