import { useId, useState } from 'react';
import type { CannedReply } from '../../../../contract/index.ts';
import { errorMessage } from '../../../api/client.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useToast } from '../../../ui/Toast.tsx';
import { ticketsApi } from '../api.ts';

/** "Insert canned reply": pick one, the server fills its placeholders for this ticket, the text goes into the composer. */
export function CannedReplyPicker({ ticketId, onInsert }: { ticketId: string; onInsert: (body: string) => void }) {
  const id = useId();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const list = useApi(open ? '/api/v1/canned-replies' : null);
  const items = (list.data?.items ?? []).filter((item) => item.title.toLowerCase().includes(filter.toLowerCase()));

  const insert = async (reply: CannedReply) => {
    setBusy(true);
    try {
      const rendered = await ticketsApi.renderCannedReply(ticketId, reply.id);
      onInsert(rendered.body);
      setOpen(false);
      setFilter('');
    } catch (error) {
      toast(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tc-canned">
      <button
        type="button"
        className="btn btn--secondary btn--small"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {t('tc.canned.insert')}
      </button>
      {open ? (
        <div id={`${id}-panel`} className="tc-canned__panel" role="group" aria-label={t('tc.canned.insert')}>
          <label htmlFor={`${id}-filter`} className="sr-only">
            {t('tc.canned.filter')}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            placeholder={t('tc.canned.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          {list.loading ? <p className="muted small">{t('common.loading')}</p> : null}
          {!list.loading && !items.length ? <p className="muted small">{t('tc.canned.none')}</p> : null}
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" className="btn-link" disabled={busy} onClick={() => void insert(item)}>
                  {item.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
