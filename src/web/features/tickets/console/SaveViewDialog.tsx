import { useState } from 'react';
import type { TicketView } from '../../../../contract/index.ts';
import { useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { Checkbox, TextField } from '../../../ui/Field.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { Dialog } from '../../documents/Dialog.tsx';
import { ticketsApi } from '../api.ts';
import { isAdmin } from './format.ts';
import { toQuery, type QueueFilters } from './queueFilters.ts';

/** "Save as view": the current filters under a name; admins may share it with every agent. */
export function SaveViewDialog({
  filters,
  onClose,
  onSaved,
}: {
  filters: QueueFilters;
  onClose: () => void;
  onSaved: (view: TicketView) => void;
}) {
  const me = useMe();
  const toast = useToast();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const submission = useSubmit();
  const save = () =>
    void submission.run(async () => {
      const view = await ticketsApi.createView({
        name,
        shared: isAdmin(me.user.staffRole) && shared,
        filters: toQuery(filters),
      });
      toast(t('tc.views.saved', { name: view.name }));
      onSaved(view);
    });
  return (
    <Dialog
      title={t('tc.views.saveTitle')}
      submitLabel={t('common.save')}
      pending={submission.pending}
      error={submission.error}
      fields={['name']}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField
        label={t('tc.views.name')}
        name="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={submission.error}
      />
      {isAdmin(me.user.staffRole) ? (
        <Checkbox label={t('tc.views.shared')} checked={shared} onChange={(event) => setShared(event.target.checked)} />
      ) : null}
    </Dialog>
  );
}
