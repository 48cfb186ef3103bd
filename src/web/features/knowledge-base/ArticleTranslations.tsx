import { Link } from 'react-router-dom';
import type { KbArticle } from '../../../contract/index.ts';
import { LANGUAGE_NAMES, SHIPPED_LANGUAGES } from '../../../contract/languages.ts';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Badge } from '../../ui/common.tsx';
import { KB } from './api.ts';

const languageOf = (locale: string) => locale.split('-')[0] ?? locale;
export const languageName = (locale: string) => LANGUAGE_NAMES[languageOf(locale)] ?? locale;

/** Shipped languages the article's group has no version in yet: the only ones a new translation may take. */
export function missingLanguages(article: KbArticle): string[] {
  const taken = new Set([article.locale, ...article.translations.map((item) => item.locale)].map(languageOf));
  return SHIPPED_LANGUAGES.filter((language) => !taken.has(language));
}

/**
 * The article's versions in other languages, on its console page: each opens in the same editor (title, slug,
 * body, publish state); translations (never the original) can be deleted; the languages still missing can be added.
 */
export function ArticleTranslations({ article, onChanged }: { article: KbArticle; onChanged: () => void }) {
  const confirm = useConfirm();
  const toast = useToast();
  const submission = useSubmit();
  const canEdit = article.abilities.update;
  const missing = missingLanguages(article);

  const remove = async (translation: KbArticle['translations'][number]) => {
    const language = languageName(translation.locale);
    const ok = await confirm({
      title: t('kbTranslations.deleteTitle', { language }),
      message: t('kbTranslations.deleteMessage'),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    const done = await submission.run(() =>
      api(`${KB}/articles/${article.id}/translations/${translation.id}`, { method: 'DELETE' }),
    );
    if (done) {
      toast(t('kbTranslations.deleted'));
      onChanged();
    }
  };

  return (
    <section className="card stack kb-translations" aria-labelledby="kb-translations-title">
      <h2 id="kb-translations-title">{t('kbTranslations.title')}</h2>
      <p className="muted">{t('kbTranslations.intro', { language: languageName(article.locale) })}</p>
      <FormAlert error={submission.error} />
      {article.translations.length === 0 ? (
        <p>{t('kbTranslations.none')}</p>
      ) : (
        <ul className="kb-translations__list">
          {article.translations.map((translation) => (
            <li key={translation.id}>
              <span lang={languageOf(translation.locale)} className="kb-translations__language">
                {languageName(translation.locale)}
              </span>
              <Link to={`/console/knowledge-base/articles/${translation.id}`} lang={languageOf(translation.locale)}>
                {translation.title}
              </Link>
              <Badge tone={translation.status === 'published' ? 'success' : 'warning'}>
                {t(`kb.status.${translation.status}`)}
              </Badge>
              {translation.original ? (
                <span className="muted small">{t('kbTranslations.original')}</span>
              ) : canEdit ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={submission.pending}
                  onClick={() => void remove(translation)}
                  aria-label={t('kbTranslations.deleteLabel', { language: languageName(translation.locale) })}
                >
                  {t('common.delete')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit && missing.length > 0 ? (
        <div>
          <Link className="btn" to={`/console/knowledge-base/articles/${article.id}/translations/new`}>
            {t('kbTranslations.add')}
          </Link>
        </div>
      ) : null}
    </section>
  );
}
