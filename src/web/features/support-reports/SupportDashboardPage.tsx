import { OnboardingFigure } from '../onboarding/OnboardingFigure.tsx';
import { useMemo, useState } from 'react';
import type { SupportReport } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { formatNumber, t, viewerTimeZone } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { formatMinutes } from '../tickets/console/format.ts';
import { useSegmentList } from '../tickets/console/options.ts';
import { Chart } from './Charts.tsx';
import { CsatTable } from './CsatTable.tsx';

type Period = '7' | '30' | '90' | 'custom';

/** Today's date (YYYY-MM-DD) in the viewer's time zone, shifted by `days`. */
function isoDay(days = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: viewerTimeZone(),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

const percent = (value: number | null) =>
  value === null ? '—' : formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
const decimal = (value: number | null) => (value === null ? '—' : formatNumber(value, { maximumFractionDigits: 2 }));

/** `/console/support-reports`: deflection, response times, SLA compliance and satisfaction over a period. */
export function SupportDashboardPage() {
  const [period, setPeriod] = useState<Period>('30');
  const [from, setFrom] = useState(isoDay(-29));
  const [to, setTo] = useState(isoDay());
  const [segmentId, setSegmentId] = useState('');
  const [interval, setIntervalKind] = useState<'day' | 'week'>('day');
  const segments = useSegmentList();
  const range = useMemo(
    () => (period === 'custom' ? { from, to } : { from: isoDay(-(Number(period) - 1)), to: isoDay() }),
    [period, from, to],
  );
  const report = useResource<SupportReport>('/support-reports', {
    ...range,
    interval,
    segmentId: segmentId || undefined,
  });
  const data = report.data;

  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      <form
        className="filters tc-report-filters"
        onSubmit={(event) => event.preventDefault()}
        aria-label={t('reports.filters')}
      >
        <SelectField
          label={t('reports.period')}
          name="period"
          value={period}
          onChange={(event) => setPeriod(event.target.value as Period)}
        >
          <option value="7">{t('reports.last', { count: 7 })}</option>
          <option value="30">{t('reports.last', { count: 30 })}</option>
          <option value="90">{t('reports.last', { count: 90 })}</option>
          <option value="custom">{t('reports.custom')}</option>
        </SelectField>
        {period === 'custom' ? (
          <>
            <TextField
              label={t('reports.from')}
              name="from"
              type="date"
              value={from}
              max={to}
              onChange={(event) => setFrom(event.target.value)}
            />
            <TextField
              label={t('reports.to')}
              name="to"
              type="date"
              value={to}
              min={from}
              onChange={(event) => setTo(event.target.value)}
            />
          </>
        ) : null}
        <SelectField
          label={t('tc.filters.segment')}
          name="segmentId"
          value={segmentId}
          onChange={(event) => setSegmentId(event.target.value)}
        >
          <option value="">{t('reports.allSegments')}</option>
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('reports.interval')}
          name="interval"
          value={interval}
          onChange={(event) => setIntervalKind(event.target.value as 'day' | 'week')}
        >
          <option value="day">{t('reports.interval.day')}</option>
          <option value="week">{t('reports.interval.week')}</option>
        </SelectField>
      </form>
      {report.error ? <ErrorState error={report.error} onRetry={report.reload} /> : null}
      {!data && !report.error ? <Loading /> : null}
      {data ? (
        <div className={report.loading ? 'tc-report tc-report--loading' : 'tc-report'} aria-busy={report.loading}>
          <ul className="tc-kpis" aria-label={t('reports.kpis')}>
            <Kpi
              label={t('reports.kpi.deflection')}
              value={percent(data.totals.deflectionRate)}
              note={t('reports.kpi.deflectionNote', {
                deflected: data.totals.deflected,
                sessions: data.totals.formSessions,
              })}
            />
            <Kpi
              label={t('reports.kpi.selfService')}
              value={decimal(data.totals.selfServiceScore)}
              note={t('reports.kpi.selfServiceNote')}
            />
            <Kpi
              label={t('reports.kpi.firstResponse')}
              value={formatMinutes(data.totals.firstResponseMedianMinutes)}
              note={t('reports.kpi.median')}
            />
            <Kpi
              label={t('reports.kpi.resolution')}
              value={formatMinutes(data.totals.resolutionMedianMinutes)}
              note={t('reports.kpi.median')}
            />
            <Kpi label={t('reports.kpi.sla')} value={percent(data.totals.slaCompliance)} />
            <Kpi
              label={t('reports.kpi.csat')}
              value={percent(data.totals.csatScore)}
              note={t('reports.kpi.csatNote', { good: data.totals.csatGood, bad: data.totals.csatBad })}
            />
            <Kpi label={t('reports.kpi.tickets')} value={formatNumber(data.totals.tickets)} />
            <Kpi label={t('reports.kpi.helpSessions')} value={formatNumber(data.totals.helpSessions)} />
          </ul>
          <div className="tc-charts">
            <Chart
              kind="bars"
              caption={t('reports.chart.volume')}
              starts={data.series.map((p) => p.start)}
              series={[
                { name: t('reports.kpi.tickets'), values: data.series.map((p) => p.tickets), tone: 's1' },
                { name: t('reports.series.deflected'), values: data.series.map((p) => p.deflected), tone: 's2' },
              ]}
            />
            <Chart
              kind="lines"
              caption={t('reports.chart.times')}
              starts={data.series.map((p) => p.start)}
              format={(v) => formatMinutes(v)}
              series={[
                {
                  name: t('reports.kpi.firstResponse'),
                  values: data.series.map((p) => p.firstResponseMedianMinutes),
                  tone: 's1',
                },
                {
                  name: t('reports.kpi.resolution'),
                  values: data.series.map((p) => p.resolutionMedianMinutes),
                  tone: 's3',
                },
              ]}
            />
            <Chart
              kind="lines"
              caption={t('reports.chart.quality')}
              starts={data.series.map((p) => p.start)}
              max={1}
              format={(v) => percent(v)}
              series={[
                { name: t('reports.kpi.sla'), values: data.series.map((p) => p.slaCompliance), tone: 's1' },
                { name: t('reports.kpi.csat'), values: data.series.map((p) => p.csatScore), tone: 's2' },
              ]}
            />
          </div>
          <div className="tc-csat-tables">
            <CsatTable caption={t('reports.csatByAgent')} nameHeader={t('reports.col.agent')} rows={data.csatByAgent} />
            <CsatTable caption={t('reports.csatByGroup')} nameHeader={t('reports.col.group')} rows={data.csatByGroup} />
          </div>
        </div>
      ) : null}
      <OnboardingFigure />
    </>
  );
}

function Kpi({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <li className="tc-kpi">
      <span className="tc-kpi__label">{label}</span>
      <span className="tc-kpi__value">{value}</span>
      {note ? <span className="tc-kpi__note small muted">{note}</span> : null}
    </li>
  );
}
