import type { FileRequest } from '../../../contract/index.ts';
import { usePagedList } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FileRequestList } from './FileRequestList.tsx';

/** Portal home: the file requests the active account still has to answer (open or sent back). */
export function RequestedFromYou({ accountId }: { accountId: string }) {
  const list = usePagedList<FileRequest>(`/accounts/${accountId}/file-requests`, { status: 'pending', limit: 20 });
  if (!list.items.length) return null;
  return (
    <section aria-labelledby="requested-heading">
      <h2 id="requested-heading">{t('documents.requestedFromYou')}</h2>
      <FileRequestList items={list.items} base="/documents/requests" label={t('documents.requestedFromYou')} />
    </section>
  );
}
