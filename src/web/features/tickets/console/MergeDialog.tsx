import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Ticket } from '../../../../contract/index.ts';
import { useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { TextField } from '../../../ui/Field.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { Dialog } from '../../documents/Dialog.tsx';
import { ticketsApi } from '../api.ts';

/** "Merge into…": find the target by its number, then confirm; the ticket's messages move to the target. */
export function MergeDialog({ ticket, onClose }: { ticket: Ticket; onClose: () => void }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [number, setNumber] = useState('');
  const [target, setTarget] = useState<Ticket | null>(null);
  const [notFound, setNotFound] = useState(false);
  const submission = useSubmit();

  const find = () =>
    void submission.run(async () => {
      setNotFound(false);
      const wanted = Number(number.replace(/^#/, '').trim());
      const page = await ticketsApi.list({ q: String(wanted), limit: 10 });
      const found = page.items.find((item) => item.number === wanted && item.id !== ticket.id) ?? null;
      setTarget(found);
      setNotFound(found === null);
    });

  const merge = () =>
    void submission.run(async () => {
      if (!target) return;
      const merged = await ticketsApi.merge(ticket.id, target.id);
      toast(t('tc.merge.done', { from: String(ticket.number), to: String(merged.number) }));
      navigate(`/console/tickets/${merged.id}`);
    });

  if (target) {
    return (
      <Dialog
        title={t('tc.merge.confirmTitle')}
        submitLabel={t('tc.merge.confirm')}
        danger
        pending={submission.pending}
        error={submission.error}
        onSubmit={merge}
        onClose={onClose}
      >
        <p>
          {t('tc.merge.confirmText', {
            from: String(ticket.number),
            to: String(target.number),
            subject: target.subject,
          })}
        </p>
        <button type="button" className="btn-link" onClick={() => setTarget(null)}>
          {t('tc.merge.another')}
        </button>
      </Dialog>
    );
  }
  return (
    <Dialog
      title={t('tc.merge.title', { number: String(ticket.number) })}
      submitLabel={t('tc.merge.find')}
      pending={submission.pending}
      error={submission.error}
      onSubmit={find}
      onClose={onClose}
    >
      <TextField
        label={t('tc.merge.number')}
        name="number"
        inputMode="numeric"
        required
        value={number}
        onChange={(event) => setNumber(event.target.value)}
      />
      {notFound ? (
        <p className="field-error" role="alert">
          {t('tc.merge.notFound', { number })}
        </p>
      ) : null}
    </Dialog>
  );
}
