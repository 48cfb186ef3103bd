import { Link } from 'react-router-dom';
import type { Document, Folder } from '../../../contract/index.ts';
import { formatDateTime, formatRelative, t } from '../../i18n/index.ts';
import { FileIcon } from './FileIcon.tsx';
import { fileKind, formatBytes } from './format.ts';
import { ActionMenu, type ActionMenuItem } from '../../ui/ActionMenu.tsx';
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

/** The row's one action menu: the same button on every row, holding only what the caller may do. */
function Actions({ item, onAction }: { item: Item; onAction: DocumentTableProps['onAction'] }) {
  const { value } = item;
  const a = value.abilities;
  const entries: ActionMenuItem[] = [];
  if (item.kind === 'document' && item.value.abilities.download)
    entries.push({
      id: 'download',
      label: t('documents.action.download'),
      href: fileUrl.download(value.id),
      download: true,
    });
  if (item.kind === 'folder' && item.value.abilities.downloadZip)
    entries.push({ id: 'zip', label: t('documents.action.zipFolder'), href: fileUrl.zip(value.id), download: true });
  for (const [action, allowed] of [
    ['rename', a.rename],
    ['move', a.move],
    ['delete', a.delete],
  ] as const) {
    if (allowed)
      entries.push({
        id: action,
        label: t(`documents.action.${action}`),
        danger: action === 'delete',
        onSelect: () => onAction(item, action),
      });
  }
  return <ActionMenu label={t('documents.actionsFor', { name: value.name })} items={entries} />;
}

/**
 * Folders then files of one folder (or search results): names always as text, wrapped (never cut) with the full
 * name in `title` as well; dates on one line; one action menu per row.
 */
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
                    className="btn-link doc-name__text"
                    title={folder.name}
                    onClick={() => onOpenFolder(folder)}
                  >
                    {folder.name}
                  </button>
                </span>
              </td>
              <td className="num hide-narrow muted">—</td>
              <td className="hide-narrow nowrap">
                <time dateTime={folder.updatedAt}>{formatDateTime(folder.updatedAt)}</time>
              </td>
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
                  <Link to={`${docs}/files/${doc.id}`} className="doc-name__text" title={doc.name}>
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
              <td className="hide-narrow nowrap">
                <time dateTime={doc.updatedAt}>{formatDateTime(doc.updatedAt)}</time>
              </td>
              {showReceipts ? (
                <td className="hide-narrow nowrap">
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
