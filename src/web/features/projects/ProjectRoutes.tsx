import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { CONSOLE_PATHS, PORTAL_PATHS } from './format.tsx';
import { ConsoleProjectList, MyTasksPage, PortalProjectList, ProjectPage } from './ProjectPages.tsx';
import { TaskPage } from './TaskPage.tsx';
import { ProjectTemplateEditor, ProjectTemplateList } from './TemplatePages.tsx';

/** Portal: /projects (the active account's), /projects/:id, and /tasks (my tasks), /tasks/:id. */
export function PortalProjects() {
  return (
    <Routes>
      <Route index element={<PortalProjectList paths={PORTAL_PATHS} />} />
      <Route path=":projectId" element={<ProjectPage paths={PORTAL_PATHS} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function PortalTasks() {
  return (
    <Routes>
      <Route index element={<MyTasksPage paths={PORTAL_PATHS} />} />
      <Route path=":taskId" element={<TaskPage paths={PORTAL_PATHS} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/**
 * Console: /console/projects (by account, with the new-project form), /console/projects/templates (the templates
 * and their editor), and /console/tasks (my tasks).
 */
export function ConsoleProjects() {
  return (
    <Routes>
      <Route index element={<ConsoleProjectList paths={CONSOLE_PATHS} />} />
      <Route path="templates" element={<ProjectTemplateList />} />
      <Route path="templates/:templateId" element={<ProjectTemplateEditor />} />
      <Route path=":projectId" element={<ProjectPage paths={CONSOLE_PATHS} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function ConsoleTasks() {
  return (
    <Routes>
      <Route index element={<MyTasksPage paths={CONSOLE_PATHS} />} />
      <Route path=":taskId" element={<TaskPage paths={CONSOLE_PATHS} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
