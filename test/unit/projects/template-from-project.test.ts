import { describe, expect, it } from 'vitest';
import {
  templateFromProject,
  type ProjectFacts,
  type ProjectTaskFacts,
} from '../../../src/server/modules/projects/template-from-project.ts';

const PROJECT: ProjectFacts = {
  startDate: '2027-03-01',
  dueDate: '2027-03-31',
  createdAt: new Date('2027-02-20T09:00:00Z'),
  internal: false,
};

let clock = 0;
function task(id: string, fields: Partial<ProjectTaskFacts> = {}): ProjectTaskFacts {
  clock += 1;
  return {
    id,
    title: id,
    description: '',
    priority: 'normal',
    assigneeIsStaff: true,
    dueDate: null,
    recurrence: null,
    previousId: null,
    createdAt: new Date(Date.UTC(2027, 1, 20, 10, 0, clock)),
    checklist: [],
    dependsOn: [],
    ...fields,
  };
}

describe("a project's tasks as a template", () => {
  it('counts days from the start, keeps sides, checklists and links, and orders prerequisites first', () => {
    const plan = templateFromProject(PROJECT, [
      // Created first but waits for a later-made task that is due later: it still comes after it.
      task('launch', { dueDate: '2027-03-05', dependsOn: ['assets'], priority: 'high' }),
      task('kickoff', { dueDate: '2027-03-01', checklist: ['Agenda', 'Minutes'] }),
      task('assets', { dueDate: '2027-03-08', assigneeIsStaff: false, dependsOn: ['kickoff'] }),
      task('someday', { dueDate: null, assigneeIsStaff: null }),
    ]);
    expect(plan.durationDays).toBe(30);
    expect(plan.tasks.map((t) => [t.title, t.offsetDays, t.assignTo, t.after])).toEqual([
      ['kickoff', 0, 'staff', []],
      ['assets', 7, 'client', [0]],
      ['launch', 4, 'staff', [1]],
      ['someday', null, 'staff', []],
    ]);
    expect(plan.tasks[0]!.checklist).toEqual(['Agenda', 'Minutes']);
    expect(plan.tasks[2]!.priority).toBe('high');
  });

  it("a repeating task's occurrences are one task: the first one's day, the latest one's fields", () => {
    const plan = templateFromProject(PROJECT, [
      task('w1', { title: 'Timesheets', dueDate: '2027-03-01', recurrence: { kind: 'weekly', weekday: 1 } }),
      task('w2', {
        title: 'Timesheets (all staff)',
        dueDate: '2027-03-08',
        recurrence: { kind: 'weekly', weekday: 1 },
        previousId: 'w1',
        checklist: ['Collect'],
      }),
      task('w3', {
        title: 'Timesheets (all staff)',
        dueDate: '2027-03-15',
        recurrence: { kind: 'weekly', weekday: 1 },
        previousId: 'w2',
        checklist: ['Collect', 'Approve'],
      }),
      task('report', { dueDate: '2027-03-20', dependsOn: ['w2'] }),
    ]);
    expect(plan.tasks).toEqual([
      {
        title: 'Timesheets (all staff)',
        description: '',
        offsetDays: 0,
        priority: 'normal',
        assignTo: 'staff',
        checklist: ['Collect', 'Approve'],
        after: [],
        recurrence: { kind: 'weekly', weekday: 1 },
      },
      expect.objectContaining({ title: 'report', offsetDays: 19, after: [0] }),
    ]);
  });

  it('internal projects give staff tasks only; no start date counts from the creation day; early tasks are day 0', () => {
    const plan = templateFromProject({ startDate: null, dueDate: null, createdAt: PROJECT.createdAt, internal: true }, [
      task('before', { dueDate: '2027-02-01', assigneeIsStaff: false }),
      task('after', { dueDate: '2027-04-01', assigneeIsStaff: false }),
    ]);
    expect(plan.tasks.map((t) => [t.title, t.offsetDays, t.assignTo])).toEqual([
      ['before', 0, 'staff'],
      ['after', 40, 'staff'],
    ]);
    // The project had no due date: the template lasts until its last task.
    expect(plan.durationDays).toBe(40);
  });

  it('an empty project is an empty template as long as the project', () => {
    expect(templateFromProject(PROJECT, [])).toEqual({ durationDays: 30, tasks: [] });
  });
});
