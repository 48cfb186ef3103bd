import { useEffect, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { TASK_STATUSES, type Task, type TaskStatus, type TaskSummary } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { assigneeOf, day, TaskBadges, type ProjectPaths } from './format.tsx';

interface TaskBoardProps {
  tasks: TaskSummary[];
  paths: ProjectPaths;
  onChanged: (task: TaskSummary) => void;
}

/**
 * Tasks in one column per status. A task moves by drag and drop, or from the keyboard: its move button takes the
 * Left and Right arrow keys (one column each way). The server decides (a blocked task cannot start: 409), and
 * the outcome is announced in a live region either way.
 */
export function TaskBoard({ tasks, paths, onChanged }: TaskBoardProps) {
  const me = useMe();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  // The task whose move button gets the focus back once it is drawn in its new column.
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (!refocus) return;
    const button = document.getElementById(`move-${refocus}`);
    if (button) {
      button.focus();
      setRefocus(null);
    }
  }, [refocus, tasks]);

  async function move(task: TaskSummary, status: TaskStatus) {
    if (status === task.status || !task.abilities.changeStatus) return;
    try {
      const updated = await api<Task>(`/tasks/${task.id}`, { method: 'PATCH', body: { status } });
      onChanged(updated);
      setAnnouncement(t('tasks.board.moved', { task: task.title, status: t(`tasks.status.${status}`) }));
      // Keep the keyboard on the task that moved.
      setRefocus(task.id);
    } catch (error) {
      setAnnouncement(
        error instanceof ApiError && error.code === 'task_blocked'
          ? t('tasks.board.blockedMove', { task: task.title })
          : error instanceof Error
            ? error.message
            : String(error),
      );
    }
  }

  function onKey(event: KeyboardEvent, task: TaskSummary) {
    const index = TASK_STATUSES.indexOf(task.status);
    const next =
      event.key === 'ArrowRight'
        ? TASK_STATUSES[index + 1]
        : event.key === 'ArrowLeft'
          ? TASK_STATUSES[index - 1]
          : null;
    if (!next) return;
    event.preventDefault();
    void move(task, next);
  }

  function onDrop(event: DragEvent, status: TaskStatus) {
    event.preventDefault();
    const task = tasks.find((item) => item.id === event.dataTransfer.getData('text/plain'));
    setDragging(null);
    if (task) void move(task, status);
  }

  return (
    <div className="task-board-wrap">
      <p id="task-board-help" className="muted">
        {t('tasks.board.help')}
      </p>
      <div className="task-board" role="group" aria-label={t('tasks.board.label')}>
        {TASK_STATUSES.map((status) => {
          const column = tasks.filter((task) => task.status === status);
          return (
            <section
              key={status}
              className="task-board__column"
              aria-labelledby={`column-${status}`}
              data-drop={dragging !== null}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, status)}
            >
              <h2 id={`column-${status}`} className="h3">
                {t(`tasks.status.${status}`)}{' '}
                <span className="muted">({t('tasks.board.count', { count: column.length })})</span>
              </h2>
              <ul>
                {column.map((task) => (
                  <li
                    key={task.id}
                    className="task-card"
                    draggable={task.abilities.changeStatus}
                    onDragStart={(event) => {
                      event.dataTransfer.setData('text/plain', task.id);
                      setDragging(task.id);
                    }}
                    onDragEnd={() => setDragging(null)}
                  >
                    <Link to={`${paths.tasks}/${task.id}`} className="task-card__title">
                      {task.title}
                    </Link>
                    <p className="task-card__meta muted">
                      {assigneeOf(task, me.user.id)} · {day(task.dueDate)}
                    </p>
                    <TaskBadges task={task} />
                    {task.abilities.changeStatus ? (
                      <button
                        type="button"
                        id={`move-${task.id}`}
                        className="btn btn--secondary btn--small task-card__move"
                        aria-describedby="task-board-help"
                        aria-label={t('tasks.board.moveLabel', {
                          task: task.title,
                          status: t(`tasks.status.${task.status}`),
                        })}
                        onKeyDown={(event) => onKey(event, task)}
                      >
                        {t('tasks.board.move')}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
