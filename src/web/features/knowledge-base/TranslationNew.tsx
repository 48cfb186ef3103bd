import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { KbArticle } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { KB } from './api.ts';
import { languageName, missingLanguages } from './ArticleTranslations.tsx';
import { ImageUpload } from './ImageUpload.tsx';
import { LivePreview } from './LivePreview.tsx';

/** A new version of an article in another language: the same editor as the article's, then its own page. */
export function TranslationNew() {
  const { articleId = '' } = useParams();
  const resource = useResource<KbArticle>(`${KB}/articles/${articleId}`);
  if (resource.error && !resource.data) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return <TranslationForm article={resource.data} />;
}

function TranslationForm({ article }: { article: KbArticle }) {
  const navigate = useNavigate();
  const toast = useToast();
  const submission = useSubmit();
  const languages = missingLanguages(article);
  const [locale, setLocale] = useState(languages[0] ?? '');
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [summary, setSummary] = useState('');
  // Starts from the original's Markdown: links, images and structure stay; the words get translated.
  const [body, setBody] = useState(article.body);
  const [publish, setPublish] = useState(false);
  const back = `/console/knowledge-base/articles/${article.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async (idempotencyKey) => {
      const created = await api<KbArticle>(`${KB}/articles/${article.id}/translations`, {
        method: 'POST',
        body: { locale, title, summary, body, ...(slug.trim() ? { slug: slug.trim() } : {}) },
        idempotencyKey,
      });
      // A translation starts as a draft; publishing is the ordinary article update, with its version.
      if (publish)
        await api(`${KB}/articles/${created.id}`, {
          method: 'PATCH',
          body: { status: 'published' },
          ifMatch: created.version,
        });
      toast(t('kbTranslations.created'));
      navigate(`/console/knowledge-base/articles/${created.id}`);
    });
  };

  return (
    <>
      <PageHeader
        title={t('kbTranslations.newTitle', { title: article.title })}
        actions={
          <Link to={back} className="btn btn--secondary">
            {t('common.cancel')}
          </Link>
        }
      />
      {languages.length === 0 ? (
        <p>{t('kbTranslations.allDone')}</p>
      ) : (
        <form className="kb-editor stack" onSubmit={(event) => void onSubmit(event)}>
          <FormAlert error={submission.error} fields={['locale', 'title', 'slug', 'summary', 'body']} />
          <div className="kb-editor__meta">
            <SelectField
              label={t('kbTranslations.field.language')}
              name="locale"
              value={locale}
              onChange={(event) => setLocale(event.target.value)}
              error={submission.error}
            >
              {languages.map((language) => (
                <option key={language} value={language} lang={language}>
                  {languageName(language)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('kb.field.title')}
              name="title"
              lang={locale}
              value={title}
              maxLength={200}
              required
              onChange={(event) => setTitle(event.target.value)}
              error={submission.error}
            />
            <TextField
              label={t('kb.field.slug')}
              name="slug"
              value={slug}
              maxLength={100}
              hint={t('kbTranslations.slugHint', { language: locale, slug: slug || '…' })}
              onChange={(event) => setSlug(event.target.value)}
              error={submission.error}
            />
            <TextField
              label={t('kb.field.summary')}
              name="summary"
              lang={locale}
              value={summary}
              maxLength={300}
              onChange={(event) => setSummary(event.target.value)}
              error={submission.error}
            />
          </div>
          <div className="kb-editor__panes">
            <div className="field">
              <label htmlFor="kb-body">{t('kb.field.body')}</label>
              <p className="field-hint">{t('kb.field.bodyHint')}</p>
              <textarea
                id="kb-body"
                name="body"
                lang={locale}
                rows={22}
                value={body}
                onChange={(event) => setBody(event.target.value)}
              />
              <ImageUpload onUploaded={(markdown) => setBody((previous) => `${previous.trimEnd()}\n\n${markdown}\n`)} />
            </div>
            <LivePreview body={body} />
          </div>
          <Checkbox
            label={t('kbTranslations.publishNow')}
            checked={publish}
            onChange={(event) => setPublish(event.target.checked)}
          />
          <div className="form-actions">
            <button type="submit" className="btn" disabled={submission.pending}>
              {t('kbTranslations.create')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
