import { useApiPages } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { FileRequestList } from './FileRequestList.tsx';

/** Portal home: the file requests the active account still has to answer (open or sent back). */
export function RequestedFromYou({ accountId }: { accountId: string }) {
  const list = useApiPages('/api/v1/accounts/{accountId}/file-requests', {
    path: { accountId },
    query: { status: 'pending', limit: 20 },
  });
  if (!list.items.length) return null;
  return (
    <section aria-labelledby="requested-heading">
      <h2 id="requested-heading">{t('documents.requestedFromYou')}</h2>
      <FileRequestList items={list.items} base="/documents/requests" label={t('documents.requestedFromYou')} />
    </section>
  );
}
