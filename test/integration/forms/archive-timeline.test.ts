import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { setClientModules, WITH_FORMS } from './support.ts';

const NOTE = { fields: [{ key: 'note', label: 'Note', type: 'text', required: true }] };

interface TimelineItem {
  id: string;
  kind: string;
  title: string;
  side: string;
  state: string;
  link: string;
  dueDate: string | null;
}

describe('forms on the obligations timeline, and archived forms', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let formId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    await setClientModules(portal, owner, WITH_FORMS);
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const created = await owner.post('/api/v1/forms', {
      name: 'Tax organizer 2026',
      definition: NOTE,
      publicSlug: 'organizer',
      leadSegmentId: await idOf(portal.ctx.db, 'segments', 'Clients'),
    });
    expect(created.statusCode, created.body).toBe(201);
    formId = created.json().id;
    expect((await owner.post(`/api/v1/forms/${formId}/publish`)).statusCode).toBe(200);
  });
  afterAll(() => portal.close());

  const formsOn = async (client: HttpClient, accountId: string) => {
    const response = await client.get(`/api/v1/accounts/${accountId}/obligations?side=client&limit=100`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as TimelineItem[]).filter((item) => item.kind === 'form');
  };

  it('a requested form is owed by the client until it is submitted, with its state and each side’s link', async () => {
    const assigned = await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId, dueDate: '2027-02-15' });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const assignmentId = assigned.json().id as string;

    const forAlice = await formsOn(alice, acme);
    expect(forAlice).toEqual([
      expect.objectContaining({
        id: assignmentId,
        title: 'Tax organizer 2026',
        side: 'client',
        state: 'assigned',
        link: `/forms/${assignmentId}`,
        dueDate: '2027-02-15',
      }),
    ]);
    expect((await formsOn(owner, acme))[0]?.link).toBe(`/console/forms/${formId}`);
    // Nothing of it on the firm's side, nor for another account.
    const firm = await owner.get(`/api/v1/accounts/${acme}/obligations?side=firm&limit=100`);
    expect((firm.json().items as TimelineItem[]).some((item) => item.kind === 'form')).toBe(false);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/obligations?side=client`), 404);

    const saved = await alice.put(
      `/api/v1/form-assignments/${assignmentId}/draft`,
      { answers: { note: 'half' } },
      {
        'if-match': '1',
      },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await formsOn(alice, acme))[0]?.state).toBe('draft');

    const submitted = await alice.post(`/api/v1/form-assignments/${assignmentId}/submit`, { answers: { note: 'x' } });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(await formsOn(alice, acme)).toEqual([]);
  });

  it('with the forms module off for the segment, its items leave the timeline', async () => {
    const assigned = await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId });
    expect(assigned.statusCode, assigned.body).toBe(201);
    expect(await formsOn(owner, acme)).toHaveLength(1);
    await setClientModules(
      portal,
      owner,
      WITH_FORMS.filter((module) => module !== 'forms'),
    );
    expect(await formsOn(owner, acme)).toEqual([]);
    await setClientModules(portal, owner, WITH_FORMS);
    expect(await formsOn(owner, acme)).toHaveLength(1);
  });

  it('an archived form takes no new requests or versions and closes its public address; open requests stay', async () => {
    const open = await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId });
    expect(open.statusCode, open.body).toBe(201);
    expect((await portal.client().get('/api/v1/public-forms/organizer')).statusCode).toBe(200);
    const current = (await owner.get(`/api/v1/forms/${formId}`)).json() as { version: number };

    const archived = await owner.patch(
      `/api/v1/forms/${formId}`,
      { archived: true },
      {
        'if-match': String(current.version),
      },
    );
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().archivedAt).toEqual(expect.any(String));
    expectProblem(await alice.patch(`/api/v1/forms/${formId}`, { archived: false }), 403);

    const refused = expectProblem(await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId }), 400);
    expect(refused.errors?.[0]).toMatchObject({ path: 'formId', code: 'form_archived' });
    await owner.patch(`/api/v1/forms/${formId}`, { definition: { fields: [...NOTE.fields] } });
    expectProblem(await owner.post(`/api/v1/forms/${formId}/publish`), 409, 'form_archived');
    expectProblem(await portal.client().get('/api/v1/public-forms/organizer'), 404);

    // The request made before the archive is still Acme's to finish.
    const submitted = await alice.post(`/api/v1/form-assignments/${open.json().id}/submit`, { answers: { note: 'y' } });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const list = (await owner.get('/api/v1/forms')).json() as { items: { id: string; archivedAt: string | null }[] };
    expect(list.items.find((form) => form.id === formId)?.archivedAt).toEqual(expect.any(String));

    const restored = await owner.patch(`/api/v1/forms/${formId}`, { archived: false });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().archivedAt).toBeNull();
    expect((await portal.client().get('/api/v1/public-forms/organizer')).statusCode).toBe(200);
    expect((await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId })).statusCode).toBe(201);
  });
});
