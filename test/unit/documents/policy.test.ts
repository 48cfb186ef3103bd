import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/server/platform/actor.ts';
import { DEFAULT_CLIENT_PERMISSIONS, documentPolicy } from '../../../src/server/modules/documents/policy.ts';

const actor = (userId: string, staff: boolean): Actor => ({
  userId,
  email: `${userId}@example.com`,
  name: userId,
  staffRole: staff ? 'admin' : null,
  limitedToAssignedAccounts: false,
  assignedAccountIds: new Set(),
  memberships: new Map(),
  accountModules: new Map(),
  sessionId: 's',
  sessionState: 'active',
  activeAccountId: null,
});
const staffFile = { created_by: 'staff-1', deleted_at: null };
const clientFile = { created_by: 'client-1', deleted_at: null };
const contentAbilities = (who: Actor, file: typeof staffFile, permissions = DEFAULT_CLIENT_PERMISSIONS) => {
  const { uploadVersion, restoreVersion } = documentPolicy.document(who, file, permissions);
  return { uploadVersion, restoreVersion };
};

describe('who may change a document’s content (new version, restore)', () => {
  it('clients change only their own uploads by default; staff change any', () => {
    expect(contentAbilities(actor('client-1', false), staffFile)).toEqual({
      uploadVersion: false,
      restoreVersion: false,
    });
    expect(contentAbilities(actor('client-2', false), clientFile)).toEqual({
      uploadVersion: false,
      restoreVersion: false,
    });
    expect(contentAbilities(actor('client-1', false), clientFile)).toEqual({
      uploadVersion: true,
      restoreVersion: true,
    });
    expect(contentAbilities(actor('staff-2', true), clientFile)).toEqual({ uploadVersion: true, restoreVersion: true });
  });

  it('editOthers lets clients change anyone’s files, but never with uploads turned off', () => {
    const granted = { ...DEFAULT_CLIENT_PERMISSIONS, editOthers: true };
    expect(contentAbilities(actor('client-1', false), staffFile, granted)).toEqual({
      uploadVersion: true,
      restoreVersion: true,
    });
    expect(contentAbilities(actor('client-1', false), clientFile, { ...granted, upload: false })).toEqual({
      uploadVersion: false,
      restoreVersion: false,
    });
  });
});
