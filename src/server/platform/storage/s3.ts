import type { S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { StorageConfig } from '../../config.ts';
import { assertStorageKey, ObjectMissingError, type StorageDriver } from './index.ts';

// 8 MiB parts, two in flight: at most ~16 MiB of a file is in memory per upload whatever its size
// (and 10,000 parts x 8 MiB = 78 GiB, far above any upload limit).
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 2;

/**
 * An S3-compatible bucket. Small files go up in one PutObject, large ones as a multipart upload: either way the
 * object only appears under its key once complete. A failed multipart upload is aborted here; one left by a
 * killed process is aborted by the sweep.
 */
function newClient(sdk: typeof import('@aws-sdk/client-s3'), config: Extract<StorageConfig, { driver: 's3' }>) {
  return new sdk.S3Client({
    region: config.region,
    endpoint: config.endpoint ?? undefined,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // Checksums only where S3 requires them: many S3-compatible servers reject the newer default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function s3Storage(config: Extract<StorageConfig, { driver: 's3' }>): StorageDriver {
  // The AWS SDK takes ~1.5 s to import: loaded at the first storage call, not at every start of every process.
  let loaded: Promise<{ sdk: typeof import('@aws-sdk/client-s3'); client: S3Client }> | undefined;
  const load = () => (loaded ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, client: newClient(sdk, config) })));
  const Bucket = config.bucket;

  return {
    name: 's3',
    async write(key, body) {
      assertStorageKey(key);
      const [{ client }, { Upload }] = await Promise.all([load(), import('@aws-sdk/lib-storage')]);
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: body },
        partSize: PART_SIZE,
        queueSize: QUEUE_SIZE,
        leavePartsOnError: false,
      });
      // A source stream that fails (client gone, too large) must stop the upload, not leave it waiting.
      const failed = new Promise<never>((_resolve, reject) => body.once('error', reject));
      try {
        await Promise.race([upload.done(), failed]);
      } catch (error) {
        await upload.abort().catch(() => undefined);
        throw error;
      }
    },
    async read(key) {
      assertStorageKey(key);
      const { sdk, client } = await load();
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        return object.Body as Readable;
      } catch (error) {
        if (error instanceof sdk.NoSuchKey || (error as { name?: string }).name === 'NoSuchKey')
          throw new ObjectMissingError(key);
        throw error;
      }
    },
    async remove(key) {
      assertStorageKey(key);
      const { sdk, client } = await load();
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
    },
    async *list() {
      const { sdk, client } = await load();
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, ContinuationToken }));
        for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async sweepPartialWrites(before) {
      const { sdk, client } = await load();
      let removed = 0;
      let keyMarker: string | undefined;
      let uploadIdMarker: string | undefined;
      for (;;) {
        let page;
        try {
          page = await client.send(
            new sdk.ListMultipartUploadsCommand({ Bucket, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
          );
        } catch (error) {
          // Some S3-compatible servers cannot list uploads; there a bucket lifecycle rule
          // (AbortIncompleteMultipartUpload) does this job.
          if ((error as { name?: string }).name === 'NotImplemented') return removed;
          throw error;
        }
        for (const upload of page.Uploads ?? []) {
          if (upload.Key && upload.UploadId && upload.Initiated && upload.Initiated < before) {
            await client.send(
              new sdk.AbortMultipartUploadCommand({ Bucket, Key: upload.Key, UploadId: upload.UploadId }),
            );
            removed += 1;
          }
        }
        if (!page.IsTruncated) return removed;
        keyMarker = page.NextKeyMarker;
        uploadIdMarker = page.NextUploadIdMarker;
      }
    },
    async close() {
      if (loaded) (await loaded).client.destroy();
    },
  };
}
