import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';

export const ProjectStatus = z.enum(['planned', 'active', 'on_hold', 'completed', 'cancelled']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;
export const TaskStatus = z.enum(['todo', 'in_progress', 'waiting', 'done']);
export type TaskStatus = z.infer<typeof TaskStatus>;
export const TASK_STATUSES = TaskStatus.options;
export const TaskPriority = z.enum(['low', 'normal', 'high', 'urgent']);
export type TaskPriority = z.infer<typeof TaskPriority>;

const DateOnly = z.iso.date();

/** A repeating task: monthly on a day (29-31 fall on the month's last day when shorter), or weekly on an ISO weekday. */
export const Recurrence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31) }).strict(),
  z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(1).max(7) }).strict(),
]);
export type Recurrence = z.infer<typeof Recurrence>;

export const Person = z.object({ id: Id, name: z.string(), staff: z.boolean() });
export type Person = z.infer<typeof Person>;

/**
 * One task of a template: due `offsetDays` after the project's start (null: no due date), owed by the firm (assigned
 * to whoever creates the project) or by the client (the account's first admin), waiting for earlier tasks of the
 * template (`after`: their positions, so a template never holds a cycle), repeating by `recurrence` (a project made
 * from the template creates it as a repeating task, first due on its day). The limits are a task's own, so a
 * project's tasks always fit in a template.
 */
export const TemplateTaskInput = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().max(20_000).default(''),
    offsetDays: z.number().int().min(0).max(3650).nullable(),
    priority: TaskPriority.default('normal'),
    assignTo: z.enum(['staff', 'client']).default('staff'),
    checklist: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
    after: z.array(z.number().int().min(0).max(99)).max(100).default([]),
    recurrence: Recurrence.nullable().default(null),
  })
  .strict();
export type TemplateTaskInput = z.input<typeof TemplateTaskInput>;
export type TemplateTask = z.output<typeof TemplateTaskInput>;

export const ProjectTemplate = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  durationDays: z.number().int(),
  /** Staff-only: projects made from it are internal, and none of its tasks is on the client's side. */
  internal: z.boolean(),
  taskCount: z.number().int(),
  tasks: z.array(TemplateTaskInput),
  updatedAt: Timestamp,
  version: z.number().int(),
  /** `createVisibleProject`: may make a client-visible project from it although it is internal. */
  abilities: Abilities('update', 'delete', 'createVisibleProject'),
});
export type ProjectTemplate = z.infer<typeof ProjectTemplate>;

const TemplateFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().max(10_000),
  /** The project's length: its due date is this many days after its start. */
  durationDays: z.number().int().min(0).max(3650),
  /** Staff-only (400 `client_task_in_internal` on a task on the client's side). */
  internal: z.boolean(),
  tasks: z.array(TemplateTaskInput).max(100),
};

export const CreateProjectTemplate = z
  .object({
    ...TemplateFields,
    description: TemplateFields.description.default(''),
    internal: TemplateFields.internal.default(false),
    tasks: TemplateFields.tasks.default([]),
  })
  .strict();
export type CreateProjectTemplate = z.infer<typeof CreateProjectTemplate>;

/** Changing a template: `tasks`, when given, replace the list. */
export const UpdateProjectTemplate = z
  .object({
    name: TemplateFields.name.optional(),
    description: TemplateFields.description.optional(),
    durationDays: TemplateFields.durationDays.optional(),
    internal: TemplateFields.internal.optional(),
    tasks: TemplateFields.tasks.optional(),
  })
  .strict();
export type UpdateProjectTemplate = z.infer<typeof UpdateProjectTemplate>;

/**
 * A new template from a project's tasks (staff): the name must be free (409 `name_taken`, ignoring case); it is
 * internal when the project is.
 */
export const SaveProjectAsTemplate = z
  .object({
    name: TemplateFields.name,
    /** The project's description when left out. */
    description: TemplateFields.description.optional(),
  })
  .strict();
export type SaveProjectAsTemplate = z.infer<typeof SaveProjectAsTemplate>;

export const Project = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  name: z.string(),
  description: z.string(),
  status: ProjectStatus,
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  internal: z.boolean(),
  /** The account's people see the time logged on its tasks (staff always do). */
  clientsSeeTime: z.boolean(),
  members: z.array(Person),
  taskCounts: z.object({ open: z.number().int(), done: z.number().int() }),
  createdAt: Timestamp,
  version: z.number().int(),
  /** `makeVisible`: may turn `internal` off (a project from a staff-only template: staff admins only). */
  abilities: Abilities('update', 'makeVisible', 'delete', 'createTask', 'viewTime', 'saveAsTemplate'),
});
export type Project = z.infer<typeof Project>;

export const CreateProject = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(10_000).default(''),
    status: ProjectStatus.default('active'),
    startDate: DateOnly.nullable().optional(),
    dueDate: DateOnly.nullable().optional(),
    /**
     * Left out: the template's flag (false without one). False with an internal template needs the template's
     * `createVisibleProject` ability (else 403 `not_allowed`).
     */
    internal: z.boolean().optional(),
    clientsSeeTime: z.boolean().default(false),
    memberIds: z.array(Id).max(100).default([]),
    /** Creates the template's tasks too, due relative to startDate (today when none). */
    templateId: Id.optional(),
  })
  .strict();
export type CreateProject = z.infer<typeof CreateProject>;

export const UpdateProject = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(10_000).optional(),
    status: ProjectStatus.optional(),
    startDate: DateOnly.nullable().optional(),
    dueDate: DateOnly.nullable().optional(),
    internal: z.boolean().optional(),
    clientsSeeTime: z.boolean().optional(),
    memberIds: z.array(Id).max(100).optional(),
  })
  .strict();
export type UpdateProject = z.infer<typeof UpdateProject>;

export const ProjectListQuery = ListQuery.extend({ status: ProjectStatus.optional() }).strict();

export const TaskAbilities = Abilities(
  'update',
  'changeStatus',
  'reassign',
  'delete',
  'comment',
  'commentInternal',
  'editChecklist',
  'attach',
  'editDependencies',
  'follow',
  'viewTime',
  'logTime',
);

export const TaskSummary = z.object({
  id: Id,
  projectId: Id,
  projectName: z.string(),
  accountId: Id,
  accountName: z.string(),
  title: z.string(),
  status: TaskStatus,
  priority: TaskPriority,
  assignee: Person.nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  blocked: z.boolean(),
  recurrence: Recurrence.nullable(),
  checklist: z.object({ done: z.number().int(), total: z.number().int() }),
  version: z.number().int(),
  abilities: TaskAbilities,
});
export type TaskSummary = z.infer<typeof TaskSummary>;

export const ChecklistItem = z.object({ id: Id, title: z.string(), done: z.boolean() });
export type ChecklistItem = z.infer<typeof ChecklistItem>;
export const TaskLink = z.object({ id: Id, title: z.string(), status: TaskStatus });

export const Task = TaskSummary.extend({
  description: z.string(),
  checklistItems: z.array(ChecklistItem),
  dependsOn: z.array(TaskLink),
  blocks: z.array(TaskLink),
  followers: z.array(Person),
  following: z.boolean(),
  completedAt: Timestamp.nullable(),
  nextOccurrenceId: Id.nullable(),
  createdAt: Timestamp,
  /** The project is staff-only: files handed in on it go to the account's internal area. */
  projectInternal: z.boolean(),
});
export type Task = z.infer<typeof Task>;

export const CreateTask = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().max(20_000).default(''),
    priority: TaskPriority.default('normal'),
    assigneeId: Id.nullable().default(null),
    dueDate: DateOnly.nullable().default(null),
    recurrence: Recurrence.nullable().default(null),
    checklist: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  })
  .strict();
export type CreateTask = z.infer<typeof CreateTask>;

export const UpdateTask = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    description: z.string().max(20_000).optional(),
    status: TaskStatus.optional(),
    priority: TaskPriority.optional(),
    assigneeId: Id.nullable().optional(),
    dueDate: DateOnly.nullable().optional(),
    recurrence: Recurrence.nullable().optional(),
  })
  .strict();
export type UpdateTask = z.infer<typeof UpdateTask>;

export const TaskListQuery = ListQuery.extend({
  status: z
    .string()
    .max(100)
    .transform((value) => value.split(','))
    .pipe(z.array(TaskStatus))
    .optional(),
  /** `me`, or a person's id. */
  assignee: z.union([z.literal('me'), Id]).optional(),
  dueBefore: DateOnly.optional(),
  projectId: Id.optional(),
  accountId: Id.optional(),
}).strict();
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const AddChecklistItem = z.object({ title: z.string().trim().min(1).max(300) }).strict();
export const UpdateChecklistItem = z
  .object({ title: z.string().trim().min(1).max(300).optional(), done: z.boolean().optional() })
  .strict();
export const AddDependency = z.object({ dependsOnId: Id }).strict();

/** A file on a task: a document of the task's account (download it through the documents API). */
export const TaskAttachment = z.object({
  documentId: Id,
  name: z.string(),
  area: z.enum(['shared', 'internal']),
  sizeBytes: z.number().int(),
  addedBy: z.object({ id: Id, name: z.string() }).nullable(),
  addedAt: Timestamp,
  abilities: Abilities('remove'),
});
export type TaskAttachment = z.infer<typeof TaskAttachment>;
export const AttachToTask = z.object({ documentId: Id }).strict();
export type AttachToTask = z.infer<typeof AttachToTask>;
