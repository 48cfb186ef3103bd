import { formatNumber, t } from '../../i18n/index.ts';

interface Row {
  id: string | null;
  name: string;
  good: number;
  bad: number;
}

/** Satisfaction ratings per agent or group: good, bad and the score. */
export function CsatTable({ caption, nameHeader, rows }: { caption: string; nameHeader: string; rows: Row[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className="num">
              {t('reports.col.good')}
            </th>
            <th scope="col" className="num">
              {t('reports.col.bad')}
            </th>
            <th scope="col" className="num">
              {t('reports.col.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((row) => {
              const total = row.good + row.bad;
              return (
                <tr key={row.id ?? row.name}>
                  <th scope="row">{row.name || t('reports.unassigned')}</th>
                  <td className="num">{formatNumber(row.good)}</td>
                  <td className="num">{formatNumber(row.bad)}</td>
                  <td className="num">
                    {total ? formatNumber(row.good / total, { style: 'percent', maximumFractionDigits: 0 }) : '—'}
                  </td>
                </tr>
              );
            })
          ) : (
            <tr>
              <td colSpan={4} className="muted">
                {t('reports.noRatings')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
