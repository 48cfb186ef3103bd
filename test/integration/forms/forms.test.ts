import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';
import { INTAKE, setClientModules, WITH_FORMS } from './support.ts';

describe('forms: build, publish, assign, fill, submit', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let formId: string;
  let assignmentId: string;
  let submissionId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    await setClientModules(portal, owner, WITH_FORMS);
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  it('staff build a form; a broken definition is 400 with its path; people never see the builder', async () => {
    const broken = expectProblem(
      await owner.post('/api/v1/forms', {
        name: 'Broken',
        definition: { fields: [{ key: 'a', label: 'A', type: 'text', showIf: { field: 'nope', equals: 1 } }] },
      }),
      400,
    );
    expect(broken.errors?.[0]?.path).toBe('definition.fields.0.showIf.field');
    const created = await owner.post('/api/v1/forms', { name: '2026 intake', definition: INTAKE });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ publishedVersion: null, unpublishedChanges: true, version: 1 });
    formId = created.json().id;
    expectProblem(await alice.get('/api/v1/forms'), 403);
    expectProblem(await alice.get(`/api/v1/forms/${formId}`), 403);
    expectProblem(await alice.patch(`/api/v1/forms/${formId}`, { name: 'Mine' }), 403);
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId }), 400);
  });

  it('publishing freezes version 1; publishing the same copy again is 409', async () => {
    const published = await owner.post(`/api/v1/forms/${formId}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ publishedVersion: 1, unpublishedChanges: false });
    expectProblem(await owner.post(`/api/v1/forms/${formId}/publish`), 409, 'already_published');
  });

  it('staff request it from Acme with a due date; Acme sees it, Blue Harbor gets 404', async () => {
    const assigned = await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId, dueDate: '2027-01-31' });
    expect(assigned.statusCode, assigned.body).toBe(201);
    assignmentId = assigned.json().id;
    const list = await alice.get(`/api/v1/accounts/${acme}/form-assignments`);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: assignmentId,
        formName: '2026 intake',
        dueDate: '2027-01-31',
        status: 'assigned',
        versionNumber: 1,
        abilities: { fill: true },
      }),
    ]);
    expectProblem(await bianca.get(`/api/v1/form-assignments/${assignmentId}`), 404);
    expectProblem(await bianca.put(`/api/v1/form-assignments/${assignmentId}/draft`, { answers: {} }), 404);
    expectProblem(await bianca.post(`/api/v1/form-assignments/${assignmentId}/submit`, { answers: {} }), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/form-assignments`), 404);
    expectProblem(await alice.get(`/api/v1/form-assignments/${randomId()}`), 404);
  });

  it('editing the published form makes a new version; the assignment keeps the version it was made with', async () => {
    const edited = await owner.patch(
      `/api/v1/forms/${formId}`,
      { definition: { fields: [...INTAKE.fields, { key: 'phone', label: 'Phone', type: 'text', required: true }] } },
      { 'if-match': '1' },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ publishedVersion: 1, unpublishedChanges: true, version: 2 });
    expectProblem(
      await owner.patch(`/api/v1/forms/${formId}`, { name: 'Stale' }, { 'if-match': '1' }),
      409,
      'stale_version',
    );
    expect((await owner.post(`/api/v1/forms/${formId}/publish`)).json().publishedVersion).toBe(2);
    const detail = (await alice.get(`/api/v1/form-assignments/${assignmentId}`)).json();
    expect(detail.versionNumber).toBe(1);
    expect(detail.definition.fields.map((field: { key: string }) => field.key)).not.toContain('phone');
  });

  it('drafts autosave with If-Match; a stale device gets 409 and picks up the other device’s draft', async () => {
    const first = await alice.put(
      `/api/v1/form-assignments/${assignmentId}/draft`,
      { answers: { full_name: 'Alice Archer', employed: true } },
      { 'if-match': '1' },
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, answers: { full_name: 'Alice Archer' } });
    // Adam's browser (another device of the account) still holds version 1.
    expectProblem(
      await adam.put(
        `/api/v1/form-assignments/${assignmentId}/draft`,
        { answers: { full_name: 'X' } },
        { 'if-match': '1' },
      ),
      409,
      'stale_version',
    );
    const picked = (await adam.get(`/api/v1/form-assignments/${assignmentId}`)).json();
    expect(picked).toMatchObject({
      status: 'draft',
      draft: { version: 2, answers: { full_name: 'Alice Archer', employed: true } },
    });
    const concurrent = await Promise.all(
      ['A', 'B', 'C'].map((name) =>
        alice.put(
          `/api/v1/form-assignments/${assignmentId}/draft`,
          { answers: { full_name: name } },
          { 'if-match': '2' },
        ),
      ),
    );
    expect(concurrent.map((response) => response.statusCode).sort()).toEqual([200, 409, 409]);
    expectProblem(await owner.put(`/api/v1/form-assignments/${assignmentId}/draft`, { answers: {} }), 403);
    expectProblem(
      await alice.put(`/api/v1/form-assignments/${assignmentId}/draft`, { answers: [] }, { 'if-match': '3' }),
      400,
    );
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a required field missing', { employed: false }, 'full_name', 'required'],
    ['a required field behind a met condition', { full_name: 'A', employed: true }, 'employer', 'required'],
    ['an unknown field', { full_name: 'A', employed: false, salary: 1 }, 'salary', 'unrecognized_keys'],
    ['a wrong type', { full_name: 'A', employed: 'yes' }, 'employed', 'invalid_type'],
    [
      'a bad item of a group',
      { full_name: 'A', employed: false, kids: [{ born: '2020-01-01' }] },
      'kids.0.name',
      'required',
    ],
    ['a choice not offered', { full_name: 'A', employed: false, filing: 'other' }, 'filing', 'invalid_value'],
    [
      'too many files',
      { full_name: 'A', employed: false, payslips: [randomId(), randomId(), randomId()] },
      'payslips',
      'too_big',
    ],
    [
      'a file that is not the account’s',
      { full_name: 'A', employed: false, payslips: [randomId()] },
      'payslips',
      'unknown_file',
    ],
  ])('a submission with %s is 400 at its path, and the draft stays', async (_label, answers, path, code) => {
    const refused = expectProblem(
      await alice.post(`/api/v1/form-assignments/${assignmentId}/submit`, { answers }),
      400,
    );
    expect(refused.errors).toContainEqual(expect.objectContaining({ path, code }));
    expect((await alice.get(`/api/v1/form-assignments/${assignmentId}`)).json()).toMatchObject({
      status: 'draft',
      draft: { version: 3 },
    });
  });

  it('a valid submission is kept as sent (HTML stays text), once; hidden answers are dropped', async () => {
    const file = await alice.request(
      'POST',
      `/api/v1/accounts/${acme}/documents?name=payslip.pdf`,
      Buffer.from('%PDF-1.4 test'),
      {
        'content-type': 'application/pdf',
      },
    );
    expect(file.statusCode, file.body).toBe(201);
    const documentId = file.json().document.id as string;
    const answers = {
      full_name: '<img src=x onerror=alert(1)>',
      notes: '=HYPERLINK("http://evil.example","x")',
      employed: false,
      employer: 'hidden, so dropped',
      kids: [{ name: 'Kim', born: '2019-05-01' }],
      payslips: [documentId],
    };
    const submitted = await alice.post(`/api/v1/form-assignments/${assignmentId}/submit`, { answers });
    expect(submitted.statusCode, submitted.body).toBe(201);
    submissionId = submitted.json().submissionId;
    expectProblem(
      await alice.post(`/api/v1/form-assignments/${assignmentId}/submit`, { answers }),
      409,
      'already_submitted',
    );
    expectProblem(
      await alice.put(`/api/v1/form-assignments/${assignmentId}/draft`, { answers }, { 'if-match': '3' }),
      409,
      'already_submitted',
    );
    const stored = (await owner.get(`/api/v1/form-submissions/${submissionId}`)).json();
    expect(stored).toMatchObject({ versionNumber: 1, source: 'portal', submittedBy: { name: 'Alice Archer' } });
    expect(stored.answers).toEqual({
      full_name: '<img src=x onerror=alert(1)>',
      notes: '=HYPERLINK("http://evil.example","x")',
      employed: false,
      kids: [{ name: 'Kim', born: '2019-05-01' }],
      payslips: [documentId],
    });
    expect((await alice.get(`/api/v1/form-submissions/${submissionId}`)).statusCode).toBe(200);
    expectProblem(await bianca.get(`/api/v1/form-submissions/${submissionId}`), 404);
    expect((await alice.get(`/api/v1/form-assignments/${assignmentId}`)).json()).toMatchObject({
      status: 'submitted',
      submissionId,
      abilities: { fill: false },
    });
  });

  it('a new assignment answers version 2; staff list submissions and export a CSV safe to open', async () => {
    const second = await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId });
    expect(second.json().versionNumber).toBe(2);
    const list = await owner.get(`/api/v1/forms/${formId}/submissions`);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: submissionId, accountName: 'Acme Manufacturing' }),
    ]);
    expectProblem(await alice.get(`/api/v1/forms/${formId}/submissions`), 403);
    expectProblem(await alice.get(`/api/v1/forms/${formId}/submissions/export.csv`), 403);
    const csv = await owner.get(`/api/v1/forms/${formId}/submissions/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment/);
    const [header, row] = csv.body.split('\r\n');
    expect(header).toBe(
      '"Submitted at","Account","Submitted by","Version","Full name","Notes","Employed?","Employer","Filing status","Children","Payslips","Phone"',
    );
    expect(row).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(row).toContain('"#1 Name: Kim | Born on: 2019-05-01"');
    const { rows } = await portal.ctx.db.query("SELECT 1 FROM audit_events WHERE action = 'export.forms_csv'");
    expect(rows).toHaveLength(1);
  });

  it('with the module off, people get 403 module_disabled and staff cannot assign', async () => {
    await setClientModules(portal, owner, ['documents', 'messages', 'billing', 'projects']);
    try {
      const aliceNow = await portal.signedIn('alice@acme.example');
      expectProblem(await aliceNow.get(`/api/v1/form-assignments/${assignmentId}`), 403, 'module_disabled');
      expectProblem(await aliceNow.get(`/api/v1/accounts/${acme}/form-assignments`), 403, 'module_disabled');
      expectProblem(await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId }), 403, 'module_disabled');
      // Staff keep reading the record.
      expect((await owner.get(`/api/v1/form-submissions/${submissionId}`)).statusCode).toBe(200);
    } finally {
      await setClientModules(portal, owner, WITH_FORMS);
    }
  });
});
