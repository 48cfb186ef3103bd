import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { KbArticle, KbArticleListItem, KbCategory, KbStatus, Segment } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, EmptyState, PageHeader } from '../../ui/common.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { KB, STATUSES } from './api.ts';
import { CategoryAudience } from './CategoryAudience.tsx';

/** The console's article list, with the form that starts a new draft and the categories/sections it goes in. */
export function ConsoleKnowledgeBase() {
  const [status, setStatus] = useState<KbStatus | ''>('');
  const list = usePagedList<KbArticleListItem>(`${KB}/articles`, { status, limit: 100 });
  const categories = useResource<{ items: KbCategory[] }>(`${KB}/categories`);
  return (
    <>
      <PageHeader
        title={t('kb.console.title')}
        description={t('kb.console.intro')}
        actions={
          <>
            <Link to="/console/knowledge-base/analytics" className="btn btn--secondary">
              {t('kb.console.analytics')}
            </Link>
            <a href="/help" className="btn btn--secondary">
              {t('kb.console.viewHelpCenter')}
            </a>
          </>
        }
      />
      <NewArticleForm categories={categories.data?.items ?? []} />
      <SelectField
        label={t('kb.col.status')}
        name="status"
        value={status}
        onChange={(event) => setStatus(event.target.value as KbStatus | '')}
      >
        <option value="">{t('kb.console.filter.all')}</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`kb.status.${value}`)}
          </option>
        ))}
      </SelectField>
      <PagedTable
        list={list}
        caption={t('kb.console.title')}
        rowKey={(article) => article.id}
        empty={<EmptyState title={t('kb.console.empty')} />}
        columns={[
          {
            header: t('kb.col.title'),
            cell: (article) => <Link to={`/console/knowledge-base/articles/${article.id}`}>{article.title}</Link>,
          },
          {
            header: t('kb.col.status'),
            cell: (article) => (
              <Badge
                tone={article.status === 'published' ? 'success' : article.status === 'draft' ? 'warning' : 'neutral'}
              >
                {t(`kb.status.${article.status}`)}
              </Badge>
            ),
          },
          { header: t('kb.col.audience'), cell: (article) => t(`kb.audience.${article.audience}`) },
          { header: t('kb.col.updated'), cell: (article) => formatDateTime(article.updatedAt) },
        ]}
      />
      <CategoriesPanel categories={categories.data?.items ?? []} onChange={categories.reload} />
    </>
  );
}

function NewArticleForm({ categories }: { categories: KbCategory[] }) {
  const navigate = useNavigate();
  const sections = categories.flatMap((category) =>
    category.sections.map((section) => ({ id: section.id, label: `${category.name} › ${section.name}` })),
  );
  const [sectionId, setSectionId] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const article = await api<KbArticle>(`${KB}/articles`, {
        method: 'POST',
        body: { sectionId: sectionId || sections[0]?.id, title },
        idempotencyKey: true,
      });
      navigate(`/console/knowledge-base/articles/${article.id}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }
  if (sections.length === 0) return <p className="muted">{t('kb.editor.noSections')}</p>;
  return (
    <form className="card kb-new-article" onSubmit={(event) => void submit(event)}>
      <h2>{t('kb.console.newArticle')}</h2>
      <FormAlert error={error} fields={['title', 'sectionId']} />
      <TextField
        label={t('kb.field.title')}
        name="title"
        required
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={error}
      />
      <SelectField
        label={t('kb.field.section')}
        name="sectionId"
        value={sectionId || sections[0]?.id}
        onChange={(event) => setSectionId(event.target.value)}
        error={error}
      >
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.label}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn" disabled={busy}>
        {t('kb.editor.create')}
      </button>
    </form>
  );
}

/** Admins add categories and sections and choose who reads each category; slugs and order go through the API. */
function CategoriesPanel({ categories, onChange }: { categories: KbCategory[]; onChange: () => void }) {
  const me = useMe();
  const [name, setName] = useState('');
  const [sectionNames, setSectionNames] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const segments = usePagedList<Segment>(me.abilities.manageSegments ? '/segments' : null, { limit: 100 });
  if (!me.abilities.manageSettings) return null;
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChange();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="card">
      <h2>{t('kb.categories.title')}</h2>
      <FormAlert error={error} />
      <ul>
        {categories.map((category) => (
          <li key={category.id}>
            <strong>{category.name}</strong>{' '}
            <span className="muted">
              {`/help/${category.slug}`} · {t(`kb.audience.${category.audience}`)}
            </span>
            <CategoryAudience key={category.version} category={category} segments={segments.items} onSaved={onChange} />
            <ul>
              {category.sections.map((section) => (
                <li key={section.id}>{section.name}</li>
              ))}
            </ul>
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                void run(() =>
                  api(`${KB}/sections`, {
                    method: 'POST',
                    body: { categoryId: category.id, name: sectionNames[category.id] ?? '' },
                    idempotencyKey: true,
                  }),
                );
              }}
            >
              <TextField
                label={t('kb.sections.name')}
                name={`section-${category.id}`}
                value={sectionNames[category.id] ?? ''}
                onChange={(event) => setSectionNames({ ...sectionNames, [category.id]: event.target.value })}
                required
              />
              <button type="submit" className="btn btn--secondary">
                {t('kb.sections.add')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            await api(`${KB}/categories`, { method: 'POST', body: { name }, idempotencyKey: true });
            setName('');
          });
        }}
      >
        <TextField
          label={t('kb.categories.name')}
          name="categoryName"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <button type="submit" className="btn btn--secondary">
          {t('kb.categories.add')}
        </button>
      </form>
    </section>
  );
}
