import { Link } from 'react-router-dom';
import type { FileRequest } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';
import { formatDueDate, isOverdue, statusTone } from './requests.ts';

/** File requests as cards: title (a link), status, due date (overdue marked), note. */
export function FileRequestList({ items, base, label }: { items: FileRequest[]; base: string; label: string }) {
  return (
    <ul className="request-list" aria-label={label}>
      {items.map((request) => (
        <li key={request.id} className="card" data-testid="file-request">
          <div className="upload__row">
            <Link to={`${base}/${request.id}`} className="truncate upload__name" title={request.title}>
              {request.title}
            </Link>
            <Badge tone={statusTone(request.status)}>{t(`documents.request.status.${request.status}`)}</Badge>
          </div>
          <p className="muted small">
            {request.dueDate
              ? t('documents.request.due', { date: formatDueDate(request.dueDate) })
              : t('documents.request.noDue')}
            {isOverdue(request.dueDate, request.status) ? (
              <>
                {' '}
                · <strong>{t('documents.request.overdue')}</strong>
              </>
            ) : null}
            {' · '}
            {t('documents.request.fileCount', { count: request.documents.length })}
          </p>
          {request.status === 'returned' && request.returnReason ? (
            <p className="small">{t('documents.request.returnedBecause', { reason: request.returnReason })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
