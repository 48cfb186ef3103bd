import type { ReactNode } from 'react';
import type { Thread } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { ErrorState, Loading } from '../../ui/common.tsx';
import { ThreadDiscussion } from './ThreadView.tsx';

interface SubjectThreadProps {
  /** The owning module's route that opens the thread: `/tasks/{id}/thread`, `/documents/{id}/thread`. */
  path: string;
  title: string;
  headingId: string;
  /** A line under the heading (what the discussion is about, who reads it). */
  hint?: ReactNode;
  /** The page's section style: a task's cards or a document's panels. */
  variant?: 'card' | 'panel';
  /** Controls under the hint (a document's choice of version). */
  controls?: ReactNode;
}

/**
 * The discussion beside a task or a document: a conversations thread of that object, with the same messages,
 * notes, files, mentions, read marks and live updates as any thread. Staff get the console's view (notes, "seen by").
 */
export function SubjectThread({ path, title, headingId, hint, variant = 'card', controls }: SubjectThreadProps) {
  const me = useMe();
  // `api()`, not the typed client: the path is the owning module's (tasks, documents), handed in by the caller.
  const thread = useResource<Thread>(path);
  return (
    <section className={`${variant} stack subject-thread`} aria-labelledby={headingId}>
      <h2 id={headingId} className={variant === 'card' ? 'h3' : undefined}>
        {title}
      </h2>
      {hint ? <p className="muted small">{hint}</p> : null}
      {controls}
      {thread.error ? (
        <ErrorState error={thread.error} onRetry={thread.reload} />
      ) : thread.data ? (
        <ThreadDiscussion
          thread={thread.data}
          console={me.user.staffRole !== null}
          label={t('collab.thread.feed', { title })}
          emptyLabel={t('collab.thread.empty')}
        />
      ) : (
        <Loading />
      )}
    </section>
  );
}
