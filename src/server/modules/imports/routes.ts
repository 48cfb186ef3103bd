import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CsvImport, Id, IMPORT_MAX_BYTES, RunImport, UploadImportQuery } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { sendCsvStream } from '../../platform/http/csv.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { getImportUseCase, startImportReport } from './use-cases/load.ts';
import { runImportUseCase } from './use-cases/run.ts';
import { uploadImportUseCase } from './use-cases/upload.ts';

const ImportParams = z.object({ importId: Id });
// What browsers and spreadsheets send a .csv as.
const CSV_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel', 'text/plain', 'application/octet-stream'];

/** CSV import of accounts, people and memberships: staff owners/admins (the use cases check the role). */
export function importRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.register(async (upload) => {
      // The file's bytes stream to storage as they arrive: no parser buffers them.
      upload.addContentTypeParser(CSV_TYPES, { bodyLimit: IMPORT_MAX_BYTES }, (_request, payload, done) =>
        done(null, payload),
      );
      upload.post(
        '/api/v1/imports',
        {
          // Not `idempotent`: the platform's key check hashes JSON bodies, not a stream. A repeated upload only adds
          // an unused import (nothing changes before a run), and a run while one is under way is 409.
          config: { access: access.staff },
          bodyLimit: IMPORT_MAX_BYTES,
          schema: {
            tags: ['imports'],
            summary:
              'Upload a CSV file of accounts and people (the file as the body, text/csv; UTF-8 with or without BOM, comma or semicolon, at most 20 MB and 200,000 rows)',
            querystring: UploadImportQuery,
            response: { 201: CsvImport },
          },
        },
        async (request, reply) => {
          const header = request.headers['content-length'];
          const contentLength = header === undefined ? null : Number(header);
          const imported = await uploadImportUseCase(ctx, actorOf(request), {
            body: request.body instanceof Readable ? request.body : Readable.from([]),
            contentLength: Number.isSafeInteger(contentLength) ? contentLength : null,
            fileName: (request.query as z.infer<typeof UploadImportQuery>).fileName,
          });
          return reply.status(201).send(imported);
        },
      );
    });

    app.get(
      '/api/v1/imports/:importId',
      {
        config: { access: access.staff },
        schema: {
          tags: ['imports'],
          summary: 'An import: its columns, the latest run’s progress, counts and first errors',
          params: ImportParams,
          response: { 200: CsvImport },
        },
      },
      (request) => getImportUseCase(ctx, actorOf(request), request.params.importId),
    );

    app.post(
      '/api/v1/imports/:importId/run',
      {
        config: { access: access.staff },
        schema: {
          tags: ['imports'],
          summary: 'Start a dry run or the import in the background (202; follow it with GET)',
          params: ImportParams,
          body: RunImport,
          response: { 202: CsvImport },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await runImportUseCase(ctx, actorOf(request), request.params.importId, request.body)),
    );

    for (const [suffix, errorsOnly] of [
      ['errors.csv', true],
      ['report.csv', false],
    ] as const) {
      app.get(
        `/api/v1/imports/:importId/${suffix}`,
        {
          config: { access: access.staff },
          schema: {
            tags: ['imports'],
            summary: errorsOnly
              ? 'The latest run’s errors as CSV: row, column, code, message'
              : 'The latest run’s report as CSV: what each row did (or would do)',
            params: ImportParams,
          },
        },
        async (request, reply) => {
          const report = await startImportReport(ctx, actorOf(request), request.params.importId, errorsOnly);
          return sendCsvStream(reply, report.fileName, report.lines);
        },
      );
    }
  };
}
