import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { insertFolder, reserveQuota } from './repository.ts';
import { insertFileRequest } from './request-repository.ts';
import { enqueueDerivedImages } from './use-cases/make-derived-images.ts';
import { insertDocumentIfNameFree } from './version-repository.ts';

// A 1x1 blue PNG: enough for a thumbnail and a preview in the demo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A few folders and small files in one demo account, and an open file request. Called inside the demo seed. */
export async function seedDemoDocuments(
  ctx: AppContext,
  tx: Queryable,
  accountId: string,
  staffUserId: string,
  clientUserId: string,
) {
  const now = ctx.clock.now();
  const { folder, file } = demoWriters(ctx, tx, accountId, staffUserId);
  const taxes = await folder('Tax returns', 'shared');
  await folder('2024', 'shared', taxes);
  const payroll = await folder('Payroll', 'shared');
  const working = await folder('Working papers', 'internal');
  await file(
    'Welcome.txt',
    Buffer.from('Welcome to your document space. Upload files here for Northwind Advisory.\n'),
    'text/plain',
    'text',
    null,
    'shared',
    staffUserId,
  );
  await file(
    'Engagement letter.txt',
    Buffer.from('Engagement letter for the 2025 tax year.\n'),
    'text/plain',
    'text',
    taxes,
    'shared',
    staffUserId,
  );
  await file('Company logo.png', PNG, 'image/png', 'image', null, 'shared', clientUserId);
  await file(
    'Payroll summary Q1.txt',
    Buffer.from('Q1 payroll: 42 employees.\n'),
    'text/plain',
    'text',
    payroll,
    'shared',
    clientUserId,
  );
  await file(
    'Review notes.txt',
    Buffer.from('Internal: check depreciation schedule.\n'),
    'text/plain',
    'text',
    working,
    'internal',
    staffUserId,
  );
  const due = new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  await insertFileRequest(tx, {
    id: newId(),
    accountId,
    title: '2025 W-2 forms',
    note: 'All W-2 forms for 2025, one PDF per employer.',
    dueDate: due,
    templateDocumentId: null,
    folderId: taxes,
    requestedBy: staffUserId,
    now,
  });
}

/** Folder and file writers for a demo account: files go to storage, their rows in the seed's transaction. */
function demoWriters(ctx: AppContext, tx: Queryable, accountId: string, staffUserId: string) {
  const now = ctx.clock.now();
  const folder = async (name: string, area: 'shared' | 'internal', parentId: string | null = null) => {
    const id = newId();
    await insertFolder(tx, { id, accountId, parentId, area, name, createdBy: staffUserId, now });
    return id;
  };
  const file = async (
    name: string,
    bytes: Buffer,
    contentType: string,
    previewKind: 'image' | 'text',
    folderId: string | null,
    area: 'shared' | 'internal',
    by: string,
  ) => {
    const storageKey = `documents/${accountId}/${newId()}`;
    await ctx.storage.write(storageKey, Readable.from([bytes]));
    await reserveQuota(tx, accountId, bytes.length, ctx.config.documents.defaultQuotaBytes);
    const versionId = newId();
    await insertDocumentIfNameFree(
      tx,
      { id: newId(), folderId, area, fileRequestId: null },
      {
        id: versionId,
        accountId,
        name,
        storageKey,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        declaredType: contentType,
        contentType,
        previewKind,
        restoredFromNumber: null,
        uploadedBy: by,
        now,
      },
    );
    if (previewKind === 'image') await enqueueDerivedImages(tx, versionId, now);
  };
  return { folder, file };
}

/**
 * The insurance recipe's documents area in a policyholder's account: a "Policy documents" folder with the policy
 * schedule and the insurance certificate, shared with the policyholder (docs/recipes/insurance-portal.md).
 */
export async function seedDemoPolicyDocuments(
  ctx: AppContext,
  tx: Queryable,
  accountId: string,
  staffUserId: string,
  policy: { number: string; holder: string; cover: string },
) {
  const { folder, file } = demoWriters(ctx, tx, accountId, staffUserId);
  const policies = await folder('Policy documents', 'shared');
  await file(
    `Policy schedule ${policy.number}.txt`,
    Buffer.from(
      `Policy ${policy.number}\nPolicyholder: ${policy.holder}\nCover: ${policy.cover}\nPeriod: 1 January to 31 December\n`,
    ),
    'text/plain',
    'text',
    policies,
    'shared',
    staffUserId,
  );
  await file(
    `Insurance certificate ${policy.number}.txt`,
    Buffer.from(`This certifies that ${policy.holder} holds ${policy.cover} under policy ${policy.number}.\n`),
    'text/plain',
    'text',
    policies,
    'shared',
    staffUserId,
  );
  await folder('Underwriting notes', 'internal');
}
