// Where a notification or an email about a subject thread's message points: the object's page, and for a document's
// thread (one per version) the page with that version's discussion chosen, for staff (console) and people (portal).
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION_PARAM, subjectThreadPath } from '../../../src/contract/index.ts';

const [doc, account, version] = [
  '0190a0a0-0000-7000-8000-000000000001',
  '0190a0a0-0000-7000-8000-000000000002',
  '0190a0a0-0000-7000-8000-000000000003',
];

describe('subjectThreadPath', () => {
  it("names the version of a document's thread, on both sides", () => {
    expect(subjectThreadPath('document', doc, account, false, version)).toBe(
      `/documents/files/${doc}?${DOCUMENT_VERSION_PARAM}=${version}`,
    );
    expect(subjectThreadPath('document', doc, account, true, version)).toBe(
      `/console/accounts/${account}/documents/files/${doc}?version=${version}`,
    );
  });

  it('a thread without a version (a task’s) links to the page alone', () => {
    expect(subjectThreadPath('document', doc, account, false)).toBe(`/documents/files/${doc}`);
    expect(subjectThreadPath('task', doc, account, true, null)).toBe(`/console/tasks/${doc}`);
  });
});
