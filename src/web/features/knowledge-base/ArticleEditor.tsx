import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { KbArticle, KbAudience, KbCategory, Segment } from '../../../contract/index.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Badge, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { AUDIENCES, KB, saveArticle } from './api.ts';
import { ArticleTranslations } from './ArticleTranslations.tsx';
import { ImageUpload } from './ImageUpload.tsx';
import { LivePreview } from './LivePreview.tsx';
import { VersionHistory } from './VersionHistory.tsx';

type Draft = Pick<KbArticle, 'title' | 'slug' | 'summary' | 'body' | 'sectionId' | 'audience' | 'audienceSegmentIds'>;
const draftOf = (article: KbArticle): Draft => ({
  title: article.title,
  slug: article.slug,
  summary: article.summary,
  body: article.body,
  sectionId: article.sectionId,
  audience: article.audience,
  audienceSegmentIds: article.audienceSegmentIds,
});

/** The staff editor: Markdown on the left, the server-rendered preview on the right, updated as you type. */
export function ArticleEditor() {
  const { articleId = '' } = useParams();
  const resource = useResource<KbArticle>(`${KB}/articles/${articleId}`);
  if (resource.error && !resource.data) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return (
    <>
      <EditorForm
        key={`${resource.data.id}-${resource.data.version}`}
        article={resource.data}
        onSaved={(next) => resource.setData(next)}
      />
      <ArticleTranslations article={resource.data} onChanged={resource.reload} />
    </>
  );
}

function EditorForm({ article, onSaved }: { article: KbArticle; onSaved: (article: KbArticle) => void }) {
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(() => draftOf(article));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const categories = useResource<{ items: KbCategory[] }>(`${KB}/categories`);
  const segments = usePagedList<Segment>('/segments', { limit: 100 });
  const sections = (categories.data?.items ?? []).flatMap((category) =>
    category.sections.map((section) => ({ id: section.id, label: `${category.name} › ${section.name}` })),
  );
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  async function save(change: Partial<KbArticle>, message: string) {
    setBusy(true);
    setError(null);
    try {
      const saved = await saveArticle(article, change);
      toast(message);
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeader
        title={article.title}
        description={
          <>
            <Badge tone={article.status === 'published' ? 'success' : 'warning'}>
              {t(`kb.status.${article.status}`)}
            </Badge>{' '}
            {t('kb.editor.version', { number: article.contentVersion })}
          </>
        }
        actions={
          <>
            <Link to="/console/knowledge-base" className="btn btn--secondary">
              {t('kb.editor.back')}
            </Link>
            {article.status === 'published' ? (
              <a href={article.url} className="btn btn--secondary">
                {t('kb.editor.view')}
              </a>
            ) : null}
          </>
        }
      />
      <form
        className="kb-editor"
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft, t('kb.editor.saved'));
        }}
      >
        <FormAlert
          error={error}
          fields={['title', 'slug', 'summary', 'body', 'sectionId', 'audience', 'audienceSegmentIds']}
        />
        <div className="kb-editor__meta">
          <TextField
            label={t('kb.field.title')}
            name="title"
            value={draft.title}
            maxLength={200}
            required
            onChange={(event) => set('title', event.target.value)}
            error={error}
          />
          <TextField
            label={t('kb.field.slug')}
            name="slug"
            value={draft.slug}
            maxLength={100}
            required
            hint={t('kb.field.slugHint', { slug: draft.slug })}
            onChange={(event) => set('slug', event.target.value)}
            error={error}
          />
          <TextField
            label={t('kb.field.summary')}
            name="summary"
            value={draft.summary}
            maxLength={300}
            onChange={(event) => set('summary', event.target.value)}
            error={error}
          />
          <SelectField
            label={t('kb.field.section')}
            name="sectionId"
            value={draft.sectionId}
            onChange={(event) => set('sectionId', event.target.value)}
            error={error}
          >
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.label}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('kb.field.audience')}
            name="audience"
            value={draft.audience}
            onChange={(event) => set('audience', event.target.value as KbAudience)}
            error={error}
          >
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`kb.audience.${audience}`)}
              </option>
            ))}
          </SelectField>
          {draft.audience === 'segments' ? (
            <fieldset>
              <legend>{t('kb.field.segments')}</legend>
              {segments.items.map((segment) => (
                <Checkbox
                  key={segment.id}
                  label={segment.name}
                  checked={draft.audienceSegmentIds.includes(segment.id)}
                  onChange={(event) =>
                    set(
                      'audienceSegmentIds',
                      event.target.checked
                        ? [...draft.audienceSegmentIds, segment.id]
                        : draft.audienceSegmentIds.filter((id) => id !== segment.id),
                    )
                  }
                />
              ))}
            </fieldset>
          ) : null}
        </div>
        <div className="kb-editor__panes">
          <div className="field">
            <label htmlFor="kb-body">{t('kb.field.body')}</label>
            <p className="field-hint">{t('kb.field.bodyHint')}</p>
            <textarea
              id="kb-body"
              name="body"
              rows={22}
              value={draft.body}
              onChange={(event) => set('body', event.target.value)}
            />
            <ImageUpload
              onUploaded={(markdown) =>
                setDraft((previous) => ({ ...previous, body: `${previous.body.trimEnd()}\n\n${markdown}\n` }))
              }
            />
          </div>
          <LivePreview body={draft.body} />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn" disabled={busy}>
            {t('kb.editor.save')}
          </button>
          {article.status !== 'published' ? (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => void save({ ...draft, status: 'published' }, t('kb.editor.published'))}
            >
              {t('kb.editor.publish')}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn--secondary"
              disabled={busy}
              onClick={() => void save({ status: 'draft' }, t('kb.editor.saved'))}
            >
              {t('kb.editor.unpublish')}
            </button>
          )}
          {article.status !== 'archived' ? (
            <button
              type="button"
              className="btn btn--secondary"
              disabled={busy}
              onClick={() => void save({ status: 'archived' }, t('kb.editor.saved'))}
            >
              {t('kb.editor.archive')}
            </button>
          ) : null}
        </div>
      </form>
      <VersionHistory article={article} onRestored={onSaved} />
    </>
  );
}
