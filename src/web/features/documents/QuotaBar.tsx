import type { DocumentSpace } from '../../../contract/index.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { formatBytes } from './format.ts';

/** Storage used of the account's quota. */
export function QuotaBar({ space }: { space: DocumentSpace }) {
  const ratio = space.quotaBytes > 0 ? Math.min(1, space.usedBytes / space.quotaBytes) : 0;
  const label = t('documents.quota.usage', {
    used: formatBytes(space.usedBytes),
    quota: formatBytes(space.quotaBytes),
    percent: formatNumber(Math.round(ratio * 100)),
  });
  return (
    <div className={ratio >= 0.9 ? 'quota quota--high' : 'quota'}>
      <p className="small muted" id="quota-label">
        {label}
      </p>
      <progress max={1} value={ratio} aria-labelledby="quota-label" />
    </div>
  );
}
