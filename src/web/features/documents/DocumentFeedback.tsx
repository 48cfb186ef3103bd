import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DOCUMENT_VERSION_PARAM, type Document } from '../../../contract/index.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField } from '../../ui/Field.tsx';
import { SubjectThread } from '../conversations/SubjectThread.tsx';

/**
 * The feedback beside a file: each version has its own discussion. It opens on the version being viewed (the current
 * one), or on the version a link names (`?version=`: a notification or an email about a message in an earlier
 * version's discussion); a choice of version shows what was said about the others. Remounted by the page when a
 * version is added.
 */
export function DocumentFeedback({ doc }: { doc: Document }) {
  const versions = useApiPages('/api/v1/documents/{documentId}/versions', {
    path: { documentId: doc.id },
    query: { limit: 50 },
  });
  const [params, setParams] = useSearchParams();
  const [versionId, setVersionId] = useState(params.get(DOCUMENT_VERSION_PARAM) || doc.currentVersionId);
  // The address follows the choice (a reload or a shared link shows the same discussion); the current one needs none.
  const choose = (id: string) => {
    setVersionId(id);
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (id === doc.currentVersionId) next.delete(DOCUMENT_VERSION_PARAM);
        else next.set(DOCUMENT_VERSION_PARAM, id);
        return next;
      },
      { replace: true },
    );
  };
  const current = versionId === doc.currentVersionId;
  const number = versions.items.find((version) => version.id === versionId)?.number ?? doc.versionCount;
  const hint =
    doc.area === 'internal' ? t('collab.documentFeedback.internal') : t('collab.documentFeedback.about', { number });
  return (
    <SubjectThread
      key={versionId}
      path={`/documents/${doc.id}/thread${current ? '' : `?versionId=${encodeURIComponent(versionId)}`}`}
      title={t('collab.documentFeedback.title')}
      headingId="feedback-heading"
      variant="panel"
      hint={current ? hint : `${hint} ${t('collab.documentFeedback.earlier')}`}
      controls={
        versions.items.length > 1 ? (
          <SelectField
            label={t('collab.documentFeedback.version')}
            name="feedbackVersion"
            value={versionId}
            onChange={(event) => choose(event.target.value)}
          >
            {versions.items.map((version) => (
              <option key={version.id} value={version.id}>
                {version.isCurrent
                  ? t('collab.documentFeedback.versionCurrent', { number: version.number })
                  : t('collab.documentFeedback.versionOption', { number: version.number })}
              </option>
            ))}
          </SelectField>
        ) : null
      }
    />
  );
}
