import { useState } from 'react';
import type { Document, DocumentArea, Folder } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Dialog } from './Dialog.tsx';
import { useDocsScope } from './scope.tsx';

export type Item = { kind: 'document'; value: Document } | { kind: 'folder'; value: Folder };
export type ItemAction = 'rename' | 'move' | 'delete';

const documentParams = (documentId: string) => ({ params: { path: { documentId } } });
const folderParams = (folderId: string) => ({ params: { path: { folderId } } });

interface ItemDialogProps {
  item: Item;
  action: ItemAction;
  onClose: () => void;
  /** Called after the change was saved (with the updated object, or null when it went to the trash). */
  onDone: (updated: Document | Folder | null) => void;
}

/** Rename, move or trash a document or folder, in a modal. */
export function ItemDialog({ item, action, onClose, onDone }: ItemDialogProps) {
  const submission = useSubmit();
  const toast = useToast();
  const [name, setName] = useState(item.value.name);
  const [target, setTarget] = useState<{ id: string; name: string }[]>([]);
  const name0 = item.value.name;

  const save = () =>
    void submission
      .run(async () => {
        if (action === 'delete') {
          if (item.kind === 'document')
            await porticoApi.DELETE('/api/v1/documents/{documentId}', documentParams(item.value.id));
          else await porticoApi.DELETE('/api/v1/folders/{folderId}', folderParams(item.value.id));
          toast(t('documents.trashed', { name: name0 }));
          onDone(null);
          return;
        }
        const parent = target.at(-1)?.id ?? null;
        const headers = { 'If-Match': String(item.value.version) };
        const updated: Document | Folder = await dataOf<Document | Folder>(
          item.kind === 'document'
            ? porticoApi.PATCH('/api/v1/documents/{documentId}', {
                ...documentParams(item.value.id),
                body: action === 'rename' ? { name } : { folderId: parent },
                headers,
              })
            : porticoApi.PATCH('/api/v1/folders/{folderId}', {
                ...folderParams(item.value.id),
                body: action === 'rename' ? { name } : { parentId: parent },
                headers,
              }),
        );
        toast(action === 'rename' ? t('documents.renamed', { name }) : t('documents.moved', { name: name0 }));
        onDone(updated);
      })
      .then((ok) => ok && onClose());

  if (action === 'delete') {
    return (
      <Dialog
        title={t('documents.delete.title', { name: name0 })}
        submitLabel={t('documents.action.delete')}
        danger
        pending={submission.pending}
        error={submission.error}
        onSubmit={save}
        onClose={onClose}
      >
        <p>{item.kind === 'folder' ? t('documents.delete.folderBody') : t('documents.delete.body')}</p>
      </Dialog>
    );
  }
  if (action === 'rename') {
    return (
      <Dialog
        title={t('documents.rename.title', { name: name0 })}
        submitLabel={t('documents.action.rename')}
        pending={submission.pending}
        error={submission.error}
        fields={['name']}
        onSubmit={save}
        onClose={onClose}
      >
        <TextField
          label={t('documents.field.name')}
          name="name"
          required
          value={name}
          maxLength={255}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          error={submission.error}
        />
      </Dialog>
    );
  }
  return (
    <Dialog
      title={t('documents.move.title', { name: name0 })}
      submitLabel={t('documents.move.here')}
      pending={submission.pending}
      error={submission.error}
      onSubmit={save}
      onClose={onClose}
    >
      <FolderPicker
        area={item.value.area}
        exclude={item.kind === 'folder' ? item.value.id : undefined}
        path={target}
        onPath={setTarget}
      />
    </Dialog>
  );
}

interface FolderPickerProps {
  area: DocumentArea;
  /** A folder that cannot be a destination (the one being moved). */
  exclude?: string;
  path: { id: string; name: string }[];
  onPath: (path: { id: string; name: string }[]) => void;
}

/** Browse the folders of an area to choose a destination: the chosen folder is the last of `path` (none = root). */
function FolderPicker({ area, exclude, path, onPath }: FolderPickerProps) {
  const { accountId } = useDocsScope();
  const parentId = path.at(-1)?.id;
  const list = useApiPages('/api/v1/accounts/{accountId}/folders', {
    path: { accountId },
    query: { area, parentId, limit: 200 },
  });
  return (
    <div className="stack">
      <nav aria-label={t('documents.move.location')} className="breadcrumbs">
        <ol>
          <li>
            <button type="button" className="btn-link" onClick={() => onPath([])}>
              {t(`documents.area.${area}`)}
            </button>
          </li>
          {path.map((step, index) => (
            <li key={step.id}>
              <button
                type="button"
                className="btn-link truncate"
                title={step.name}
                onClick={() => onPath(path.slice(0, index + 1))}
              >
                {step.name}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <p className="muted small">{t('documents.move.hint')}</p>
      <ul className="picker-results">
        {list.items
          .filter((folder) => folder.id !== exclude)
          .map((folder) => (
            <li key={folder.id}>
              <button
                type="button"
                className="btn-link truncate"
                title={folder.name}
                onClick={() => onPath([...path, { id: folder.id, name: folder.name }])}
              >
                {folder.name}
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}
