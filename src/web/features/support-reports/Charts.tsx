import { useId } from 'react';
import { formatDate, formatNumber, t, viewerLocale } from '../../i18n/index.ts';

export interface Series {
  name: string;
  /** One value per point; null = no data for that interval (a gap). */
  values: (number | null)[];
  /** A CSS class picking the colour (tc-chart__s1..s3). */
  tone: 's1' | 's2' | 's3';
}

interface ChartProps {
  caption: string;
  /** Interval starts (ISO timestamps), one per point. */
  starts: string[];
  series: Series[];
  kind: 'bars' | 'lines';
  /** Formats a value for the axis and the data table. */
  format?: (value: number) => string;
  /** Fixed top of the scale (e.g. 1 for shares). */
  max?: number;
}

/** "Nov 29": interval starts are UTC midnights, so they are shown in UTC (the same day everywhere). */
function shortDay(start: string): string {
  return new Intl.DateTimeFormat(viewerLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(start),
  );
}

const W = 640;
const H = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 48 };

/**
 * A small inline-SVG chart (no chart library). The SVG is hidden from assistive technology; the same figures are
 * in a visually hidden table under the figure's caption.
 */
export function Chart({ caption, starts, series, kind, format = (v) => formatNumber(v), max }: ChartProps) {
  const id = useId().replace(/:/g, '');
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = max ?? Math.max(1, ...all);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const n = Math.max(starts.length, 1);
  const slot = innerW / n;
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const labelEvery = Math.max(1, Math.ceil(n / 8));
  const barW = Math.max(2, (slot * 0.8) / Math.max(series.length, 1));

  return (
    <figure className="tc-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <ul className="tc-chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <span className={`tc-chart__swatch tc-chart__${s.tone}`} />
            {s.name}
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="presentation"
        aria-hidden="true"
        focusable="false"
        preserveAspectRatio="none"
      >
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line className="tc-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(top * f)} y2={y(top * f)} />
            <text className="tc-chart__axis" x={PAD.left - 6} y={y(top * f) + 4} textAnchor="end">
              {format(top * f)}
            </text>
          </g>
        ))}
        {starts.map((start, i) =>
          i % labelEvery === 0 ? (
            <text key={start} className="tc-chart__axis" x={x(i)} y={H - 8} textAnchor="middle">
              {shortDay(start)}
            </text>
          ) : null,
        )}
        {kind === 'bars'
          ? series.map((s, si) =>
              s.values.map((v, i) =>
                v === null ? null : (
                  <rect
                    key={`${si}-${i}`}
                    className={`tc-chart__${s.tone}`}
                    x={x(i) - (barW * series.length) / 2 + barW * si}
                    y={y(v)}
                    width={barW}
                    height={Math.max(0, PAD.top + innerH - y(v))}
                  />
                ),
              ),
            )
          : series.map((s) => {
              const points = s.values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`));
              // Gaps (no data) split the line into segments.
              const segments: string[][] = [[]];
              for (const point of points) {
                if (point === null) segments.push([]);
                else segments[segments.length - 1]?.push(point);
              }
              return (
                <g key={s.name} className={`tc-chart__line tc-chart__${s.tone}`}>
                  {segments
                    .filter((seg) => seg.length)
                    .map((seg, k) =>
                      seg.length === 1 ? (
                        <circle key={k} cx={seg[0]?.split(',')[0]} cy={seg[0]?.split(',')[1]} r={3} />
                      ) : (
                        <polyline key={k} points={seg.join(' ')} />
                      ),
                    )}
                </g>
              );
            })}
      </svg>
      {/* The table behind a wrapper: a table ignores the 1 px width of .sr-only and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.period')}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {starts.map((start, i) => (
              <tr key={start}>
                <th scope="row">{formatDate(start, { timeZone: 'UTC' })}</th>
                {series.map((s) => {
                  const v = s.values[i];
                  return <td key={s.name}>{v === null || v === undefined ? '—' : format(v)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
