import { Link } from 'react-router-dom';
import type { Document, Folder } from '../../../contract/index.ts';
import { formatDateTime, formatRelative, t } from '../../i18n/index.ts';
import { FileIcon } from './FileIcon.tsx';
import { fileKind, formatBytes } from './format.ts';
import type { Item, ItemAction } from './ItemDialogs.tsx';
import { fileUrl, useDocsScope } from './scope.tsx';

interface DocumentTableProps {
  caption: string;
  folders: Folder[];
  documents: Document[];
  /** Show the "viewed by client" column (staff, when the space says activity is visible). */
  showReceipts: boolean;
  onOpenFolder: (folder: Folder) => void;
  onAction: (item: Item, action: ItemAction) => void;
}

function Actions({ item, onAction }: { item: Item; onAction: DocumentTableProps['onAction'] }) {
  const { value } = item;
  const a = value.abilities;
  const buttons: [ItemAction, boolean][] = [
    ['rename', a.rename],
    ['move', a.move],
    ['delete', a.delete],
  ];
  return (
    <div className="row-actions">
      {item.kind === 'document' && item.value.abilities.download ? (
        <a
          className="btn btn--secondary btn--small"
          href={fileUrl.download(item.value.id)}
          download
          aria-label={t('documents.downloadName', { name: value.name })}
        >
          {t('documents.action.download')}
        </a>
      ) : null}
      {item.kind === 'folder' && item.value.abilities.downloadZip ? (
        <a
          className="btn btn--secondary btn--small"
          href={fileUrl.zip(item.value.id)}
          download
          aria-label={t('documents.zipName', { name: value.name })}
        >
          {t('documents.action.zip')}
        </a>
      ) : null}
      {buttons
        .filter(([, allowed]) => allowed)
        .map(([action]) => (
          <button
            key={action}
            type="button"
            className="btn btn--secondary btn--small"
            aria-label={t(`documents.action.${action}Name`, { name: value.name })}
            onClick={() => onAction(item, action)}
          >
            {t(`documents.action.${action}`)}
          </button>
        ))}
    </div>
  );
}

/** Folders then files of one folder (or search results): names always as text, truncated with the full name in `title`. */
export function DocumentTable({
  caption,
  folders,
  documents,
  showReceipts,
  onOpenFolder,
  onAction,
}: DocumentTableProps) {
  const { docs } = useDocsScope();
  return (
    <div className="table-wrap">
      <table className="doc-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.col.name')}</th>
            <th scope="col" className="num hide-narrow">
              {t('documents.col.size')}
            </th>
            <th scope="col" className="hide-narrow">
              {t('documents.col.updated')}
            </th>
            {showReceipts ? (
              <th scope="col" className="hide-narrow">
                {t('documents.col.viewedByClient')}
              </th>
            ) : null}
            <th scope="col">
              <span className="sr-only">{t('documents.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {folders.map((folder) => (
            <tr key={folder.id} data-testid="folder-row">
              <td className="doc-name-cell">
                <span className="doc-name">
                  <FileIcon folder />
                  <button
                    type="button"
                    className="btn-link truncate"
                    title={folder.name}
                    onClick={() => onOpenFolder(folder)}
                  >
                    {folder.name}
                  </button>
                </span>
              </td>
              <td className="num hide-narrow muted">—</td>
              <td className="hide-narrow">{formatDateTime(folder.updatedAt)}</td>
              {showReceipts ? <td className="hide-narrow" /> : null}
              <td className="actions">
                <Actions item={{ kind: 'folder', value: folder }} onAction={onAction} />
              </td>
            </tr>
          ))}
          {documents.map((doc) => (
            <tr key={doc.id} data-testid="document-row">
              <td className="doc-name-cell">
                <span className="doc-name">
                  {doc.thumbnail === 'ready' ? (
                    <img className="thumb" src={fileUrl.thumbnail(doc.id, doc.version)} alt="" loading="lazy" />
                  ) : (
                    <FileIcon kind={fileKind(doc.contentType, doc.name)} />
                  )}
                  <Link to={`${docs}/files/${doc.id}`} className="truncate" title={doc.name}>
                    {doc.name}
                  </Link>
                  {doc.versionCount > 1 ? (
                    <span className="badge badge--neutral">
                      {t('documents.versionBadge', { number: doc.versionCount })}
                    </span>
                  ) : null}
                </span>
              </td>
              <td className="num hide-narrow">{formatBytes(doc.sizeBytes)}</td>
              <td className="hide-narrow">{formatDateTime(doc.updatedAt)}</td>
              {showReceipts ? (
                <td className="hide-narrow">
                  {doc.lastViewedByClientAt ? (
                    <span title={formatDateTime(doc.lastViewedByClientAt)}>
                      {formatRelative(doc.lastViewedByClientAt)}
                    </span>
                  ) : (
                    <span className="muted">{t('documents.notViewed')}</span>
                  )}
                </td>
              ) : null}
              <td className="actions">
                <Actions item={{ kind: 'document', value: doc }} onAction={onAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
