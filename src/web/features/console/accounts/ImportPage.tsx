import { Fragment, useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import {
  IMPORT_FIELDS,
  IMPORT_MAX_BYTES,
  type CsvImport,
  type ImportCounts,
  type ImportMapping,
  type RunImport,
} from '../../../../contract/index.ts';
import { API_BASE, api } from '../../../api/client.ts';
import { useSubmit } from '../../../api/hooks.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { Checkbox, SelectField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { useSegmentOptions } from '../segments/useSegments.ts';

const POLL_MS = 1000;
const INVITATIONS_POLL_MS = 15_000;
const COUNT_KEYS: (keyof ImportCounts)[] = [
  'rows',
  'accountsCreated',
  'accountsUpdated',
  'accountsUnchanged',
  'accountsSkipped',
  'peopleCreated',
  'peopleUpdated',
  'peopleUnchanged',
  'peopleSkipped',
  'membershipsCreated',
  'membershipsUpdated',
  'invitationsSent',
  'rowsWithErrors',
];

/** Step 1: choose a CSV file; it is uploaded and checked, then the mapping page opens. */
export function ImportUploadPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const submission = useSubmit();
  if (!me.abilities.createAccounts) return <Navigate to="/console/accounts" replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    await submission.run(async () => {
      const uploaded = await api<CsvImport>('/imports', {
        method: 'POST',
        rawBody: file,
        contentType: 'text/csv',
        query: { fileName: file.name },
      });
      navigate(`/console/accounts/import/${uploaded.id}`);
    });
  };

  return (
    <>
      <p>
        <Link to="/console/accounts">← {t('accounts.back')}</Link>
      </p>
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormAlert error={submission.error} fields={['file']} />
        <div className="field">
          <label htmlFor="import-file">{t('imports.file')}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <p className="field-hint" id="import-file-hint">
            {t('imports.fileHint', { megabytes: IMPORT_MAX_BYTES / 1024 / 1024 })}
          </p>
        </div>
        <div>
          <button type="submit" className="btn" disabled={!file || submission.pending}>
            {t('imports.upload')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Step 2: map the columns, choose what matching rows do, dry-run, import; progress and errors as it runs. */
export function ImportPage() {
  const me = useMe();
  const { importId = '' } = useParams();
  const [job, setJob] = useState<CsvImport | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const load = useCallback(
    () =>
      api<CsvImport>(`/imports/${importId}`).then(
        (loaded) => setJob(loaded),
        (error: unknown) => setLoadError(error),
      ),
    [importId],
  );
  useEffect(() => void load(), [load]);
  const running = job?.status === 'queued' || job?.status === 'running';
  // After the import, its invitations still go out a minute's worth at a time: slower polling shows them catch up.
  const inviting = !running && job !== null && job.invitations.sent < job.invitations.queued;
  // Progress by polling while a run is under way (the job commits every 500 rows).
  useEffect(() => {
    if (!running && !inviting) return;
    const timer = setInterval(() => void load(), running ? POLL_MS : INVITATIONS_POLL_MS);
    return () => clearInterval(timer);
  }, [running, inviting, load]);

  if (!me.abilities.createAccounts) return <Navigate to="/console/accounts" replace />;
  if (loadError) return <ErrorState error={loadError} onRetry={() => void load()} />;
  if (!job) return <Loading />;
  return (
    <>
      <p>
        <Link to="/console/accounts">← {t('accounts.back')}</Link>
      </p>
      <PageHeader
        title={t('imports.title')}
        description={t('imports.fileSummary', { name: job.fileName, rows: job.totalRows, columns: job.columns.length })}
      />
      <MappingForm job={job} disabled={running || !job.abilities.run} onStarted={setJob} />
      {job.status !== 'uploaded' ? <RunStatus job={job} /> : null}
    </>
  );
}

function MappingForm(props: { job: CsvImport; disabled: boolean; onStarted: (job: CsvImport) => void }) {
  const { job } = props;
  const { segments } = useSegmentOptions();
  const [mapping, setMapping] = useState<ImportMapping>(job.settings?.mapping ?? job.suggestedMapping);
  const [matchAccountsBy, setMatchAccountsBy] = useState(job.settings?.matchAccountsBy ?? 'externalId');
  const [existingAccounts, setExistingAccounts] = useState(job.settings?.existingAccounts ?? 'update');
  const [existingPeople, setExistingPeople] = useState(job.settings?.existingPeople ?? 'skip');
  const [defaultSegmentId, setDefaultSegmentId] = useState(job.settings?.defaultSegmentId ?? '');
  const [sendInvitations, setSendInvitations] = useState(job.settings?.sendInvitations ?? false);
  const submission = useSubmit();

  const start = (dryRun: boolean) =>
    submission.run(async () => {
      const body: RunImport = {
        dryRun,
        mapping,
        matchAccountsBy,
        existingAccounts,
        existingPeople,
        defaultSegmentId: defaultSegmentId || null,
        sendInvitations,
      };
      props.onStarted(await api<CsvImport>(`/imports/${job.id}/run`, { method: 'POST', body }));
    });

  return (
    <form className="stack" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2>{t('imports.mapping.title')}</h2>
      <FormAlert error={submission.error} fields={[]} />
      <div className="form-row">
        {IMPORT_FIELDS.map((field) => (
          <SelectField
            key={field}
            label={t(`imports.field.${field}`)}
            name={`mapping.${field}`}
            value={mapping[field] ?? ''}
            disabled={props.disabled}
            error={submission.error}
            onChange={(event) => setMapping({ ...mapping, [field]: event.target.value || undefined })}
          >
            <option value="">{t('imports.notMapped')}</option>
            {job.columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <h2>{t('imports.rules.title')}</h2>
      <div className="form-row">
        <SelectField
          label={t('imports.rules.matchAccountsBy')}
          name="matchAccountsBy"
          value={matchAccountsBy}
          disabled={props.disabled}
          onChange={(event) => setMatchAccountsBy(event.target.value as RunImport['matchAccountsBy'])}
        >
          <option value="externalId">{t('imports.field.externalId')}</option>
          <option value="name">{t('imports.field.accountName')}</option>
        </SelectField>
        <SelectField
          label={t('imports.rules.defaultSegment')}
          name="defaultSegmentId"
          value={defaultSegmentId}
          disabled={props.disabled}
          error={submission.error}
          onChange={(event) => setDefaultSegmentId(event.target.value)}
        >
          <option value="">{t('imports.rules.noDefaultSegment')}</option>
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('imports.rules.existingAccounts')}
          name="existingAccounts"
          value={existingAccounts}
          disabled={props.disabled}
          onChange={(event) => setExistingAccounts(event.target.value as RunImport['existingAccounts'])}
        >
          <option value="update">{t('imports.rules.update')}</option>
          <option value="skip">{t('imports.rules.skip')}</option>
        </SelectField>
        <SelectField
          label={t('imports.rules.existingPeople')}
          name="existingPeople"
          value={existingPeople}
          disabled={props.disabled}
          onChange={(event) => setExistingPeople(event.target.value as RunImport['existingPeople'])}
        >
          <option value="skip">{t('imports.rules.skip')}</option>
          <option value="update">{t('imports.rules.update')}</option>
        </SelectField>
      </div>
      <Checkbox
        label={t('imports.rules.sendInvitations')}
        hint={t('imports.rules.sendInvitationsHint')}
        checked={sendInvitations}
        disabled={props.disabled}
        onChange={(event) => setSendInvitations(event.target.checked)}
      />
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={props.disabled || submission.pending}
          onClick={() => void start(true)}
        >
          {t('imports.dryRun')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={props.disabled || submission.pending || job.dryRunCounts === null}
          onClick={() => void start(false)}
        >
          {t('imports.run')}
        </button>
      </div>
      {job.dryRunCounts === null ? <p className="field-hint">{t('imports.dryRunFirst')}</p> : null}
    </form>
  );
}

function RunStatus({ job }: { job: CsvImport }) {
  const finished = job.status === 'done' || job.status === 'failed';
  const heading = job.dryRun ? t('imports.status.dryRunTitle') : t('imports.status.importTitle');
  return (
    <section className="panel stack" aria-labelledby="import-status">
      <h2 id="import-status">{heading}</h2>
      <p role="status">
        {t(`imports.status.${job.status}`, {
          processed: formatNumber(job.processedRows),
          total: formatNumber(job.totalRows),
        })}
      </p>
      {!finished ? (
        <progress value={job.processedRows} max={job.totalRows} aria-label={heading}>
          {job.processedRows}
        </progress>
      ) : null}
      {job.failure ? <p className="alert alert--error">{job.failure}</p> : null}
      <dl className="facts">
        {COUNT_KEYS.map((key) => (
          <Fragment key={key}>
            <dt>{t(`imports.count.${key}`)}</dt>
            <dd>{formatNumber(job.counts[key])}</dd>
          </Fragment>
        ))}
      </dl>
      {!job.dryRun && job.invitations.sent < job.invitations.queued ? (
        <p role="status">
          {t('imports.invitations.progress', {
            sent: formatNumber(job.invitations.sent),
            queued: formatNumber(job.invitations.queued),
          })}
        </p>
      ) : null}
      {job.errorSample.length ? (
        <div className="table-wrap">
          <table>
            <caption>{t('imports.errors.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.errors.row')}</th>
                <th scope="col">{t('imports.errors.column')}</th>
                <th scope="col">{t('imports.errors.message')}</th>
              </tr>
            </thead>
            <tbody>
              {job.errorSample.flatMap((row) =>
                row.errors.map((error, index) => (
                  <tr key={`${row.row}-${index}`}>
                    <td>{row.row}</td>
                    <td>{error.column}</td>
                    <td>{error.message}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      {finished && job.errorsUrl && job.reportUrl ? (
        <div className="form-actions">
          {job.counts.rowsWithErrors ? (
            <a className="btn btn--secondary" href={API_BASE + job.errorsUrl.replace(/^\/api\/v1/, '')} download>
              {t('imports.errors.download')}
            </a>
          ) : null}
          <a className="btn btn--secondary" href={API_BASE + job.reportUrl.replace(/^\/api\/v1/, '')} download>
            {t('imports.report.download')}
          </a>
        </div>
      ) : null}
    </section>
  );
}
