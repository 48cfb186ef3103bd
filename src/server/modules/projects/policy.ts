import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

const active = (actor: Actor) => actor.sessionState === 'active';
const isStaff = (actor: Actor) => actor.staffRole !== null;

export interface TaskFacts {
  accountId: string;
  assigneeId: string | null;
  assigneeIsStaff: boolean;
  /** The project's setting: the account's people see the time logged on its tasks. */
  clientsSeeTime: boolean;
}

/**
 * Who may do what with projects and tasks. Staff run projects (create, plan, assign, delete tasks; admins delete
 * projects). The account's people never see internal projects (the repositories filter them with `seesInternal`);
 * on the others they move and tick off what is theirs to do: their own tasks, and, for an account admin, any task
 * owed by the account's side. They never reassign, re-plan or link tasks, and never read or write internal comments.
 */
export const projectPolicy = {
  seesInternal: (actor: Actor) => isStaff(actor),
  canManage: (actor: Actor) => active(actor) && isStaff(actor),
  canDeleteProject: (actor: Actor) => active(actor) && isStaffAdmin(actor),

  projectAbilities(actor: Actor, facts: Pick<TaskFacts, 'clientsSeeTime'> & { fromInternalTemplate: boolean }) {
    const manage = projectPolicy.canManage(actor);
    return {
      update: manage,
      makeVisible: projectPolicy.canMakeVisible(actor, facts),
      delete: projectPolicy.canDeleteProject(actor),
      createTask: manage,
      viewTime: projectPolicy.seesTime(actor, facts),
      saveAsTemplate: projectPolicy.canSaveAsTemplate(actor),
    };
  },

  /** A person's share of the work: their own task, or (account admins) one owed by the account's side. */
  worksOn(actor: Actor, facts: TaskFacts) {
    if (!active(actor) || isStaff(actor)) return false;
    if (facts.assigneeId === actor.userId) return true;
    return actor.memberships.get(facts.accountId) === 'account_admin' && !facts.assigneeIsStaff;
  },

  /**
   * Time on a task: staff always see it; the account's people only when the project shows it (off by default;
   * internal projects never reach them at all). Staff log time; an entry is changed by its author, or any staff admin.
   */
  seesTime: (actor: Actor, facts: Pick<TaskFacts, 'clientsSeeTime'>) => isStaff(actor) || facts.clientsSeeTime,
  canLogTime: (actor: Actor) => active(actor) && isStaff(actor),
  timeEntryAbilities(actor: Actor, authorId: string | null) {
    const may = active(actor) && isStaff(actor) && (authorId === actor.userId || isStaffAdmin(actor));
    return { update: may, delete: may };
  },
  /** The account's time over a period (billing retainers) is the firm's record: staff only. */
  seesAccountTime: (actor: Actor) => isStaff(actor),

  taskAbilities(actor: Actor, facts: TaskFacts) {
    const manage = projectPolicy.canManage(actor);
    const works = projectPolicy.worksOn(actor, facts);
    return {
      update: manage,
      changeStatus: manage || works,
      reassign: manage,
      delete: manage,
      comment: active(actor),
      commentInternal: manage,
      editChecklist: manage || works,
      attach: manage || works,
      editDependencies: manage,
      follow: active(actor),
      viewTime: projectPolicy.seesTime(actor, facts),
      logTime: projectPolicy.canLogTime(actor),
    };
  },

  /**
   * Files on a task: staff, and the people whose task it is (they hand in what the task asks for). A link is removed
   * by staff or by whoever added it; the file itself stays in the account's documents either way.
   */
  canAttach: (actor: Actor, facts: TaskFacts) => projectPolicy.canManage(actor) || projectPolicy.worksOn(actor, facts),
  attachmentAbilities: (actor: Actor, addedBy: string | null) => ({
    remove: active(actor) && (isStaff(actor) || (addedBy !== null && addedBy === actor.userId)),
  }),

  /**
   * Templates are the firm's playbooks, portal-wide: any active staff member builds and changes them (as onboarding
   * templates); the account's people never read or change one. Projects made earlier keep their own tasks.
   */
  canManageTemplates: (actor: Actor) => active(actor) && isStaff(actor),
  /**
   * A project's plan becomes a new template: whoever builds templates, from a project they see. An integration's
   * token never makes one (templates are staff configuration, not account data).
   */
  canSaveAsTemplate: (actor: Actor) => projectPolicy.canManageTemplates(actor) && !actor.serviceToken,
  /**
   * A project made from an internal (staff-only) template is internal. Making it client-visible at creation anyway
   * shows the client a plan the firm marked as its own: staff admins only.
   */
  canCreateVisibleFromInternal: (actor: Actor) => projectPolicy.canManage(actor) && isStaffAdmin(actor),
  /** The same rule later: an internal project made from a staff-only template is made visible by a staff admin. */
  canMakeVisible: (actor: Actor, facts: { fromInternalTemplate: boolean }) =>
    facts.fromInternalTemplate ? projectPolicy.canCreateVisibleFromInternal(actor) : projectPolicy.canManage(actor),
  templateAbilities(actor: Actor, template: { internal: boolean }) {
    const manage = projectPolicy.canManageTemplates(actor);
    return {
      update: manage,
      delete: manage,
      createVisibleProject: projectPolicy.canManage(actor) && (!template.internal || isStaffAdmin(actor)),
    };
  },

  /** Saved views are their owner's alone. */
  taskViewAbilities: (actor: Actor) => ({ delete: active(actor) }),
};

/** The fields of a task only staff set; the account's people change the status of their tasks and nothing else. */
export const STAFF_ONLY_TASK_FIELDS = [
  'title',
  'description',
  'priority',
  'assigneeId',
  'dueDate',
  'recurrence',
] as const;
