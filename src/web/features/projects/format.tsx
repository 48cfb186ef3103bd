import type { TaskStatus, TaskSummary } from '../../../contract/index.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';

/** A due date is a calendar day: shown as that day whatever the viewer's time zone. */
export const day = (value: string | null) => (value ? formatDate(`${value}T00:00:00Z`, { timeZone: 'UTC' }) : '—');

/** An ISO weekday's name (1 = Monday ... 7 = Sunday) in the viewer's language: 1 January 2024 was a Monday. */
export const weekdayName = (weekday: number) =>
  formatDate(Date.UTC(2024, 0, weekday), { dateStyle: undefined, weekday: 'long', timeZone: 'UTC' });

/** Where the project and task pages live: the portal's or the console's. */
export interface ProjectPaths {
  projects: string;
  tasks: string;
}
export const PORTAL_PATHS: ProjectPaths = { projects: '/projects', tasks: '/tasks' };
export const CONSOLE_PATHS: ProjectPaths = { projects: '/console/projects', tasks: '/console/tasks' };

const TONE: Record<TaskStatus, 'neutral' | 'success' | 'warning'> = {
  todo: 'neutral',
  in_progress: 'neutral',
  waiting: 'neutral',
  done: 'success',
};

export function TaskBadges({ task }: { task: Pick<TaskSummary, 'status' | 'overdue' | 'blocked'> }) {
  return (
    <span className="task-badges">
      <Badge tone={TONE[task.status]}>{t(`tasks.status.${task.status}`)}</Badge>
      {task.overdue ? <Badge tone="warning">{t('tasks.overdue')}</Badge> : null}
      {task.blocked && task.status !== 'done' ? <Badge tone="warning">{t('tasks.blocked')}</Badge> : null}
    </span>
  );
}

export const assigneeOf = (task: Pick<TaskSummary, 'assignee'>, userId: string) =>
  !task.assignee ? t('tasks.unassigned') : task.assignee.id === userId ? t('tasks.you') : task.assignee.name;
