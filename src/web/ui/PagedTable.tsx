import type { Key, ReactNode } from 'react';
import type { PagedList } from '../api/hooks.ts';
import { LoadMore } from './common.tsx';

export interface Column<T> {
  /** The column's `<th>` content (an actions column gives a visually hidden label). */
  header: ReactNode;
  cell: (item: T) => ReactNode;
  /** A class for both the `<th>` and the `<td>`: `num` (right-aligned), `actions`. */
  className?: string;
  /** A class for the `<td>` only (e.g. `small` text). */
  cellClassName?: string;
}

interface PagedTableProps<T> {
  list: PagedList<T>;
  /** The table's accessible name (a visually hidden caption). */
  caption: string;
  columns: Column<T>[];
  rowKey: (item: T) => Key;
  /** Shown once the list has loaded empty (nothing by default). */
  empty?: ReactNode;
}

/**
 * A cursor-paged list as a table: the rows, the empty state once loaded, and the "Load more" footer with its
 * loading and error states (a first page that failed is retried from the footer).
 */
export function PagedTable<T>({ list, caption, columns, rowKey, empty }: PagedTableProps<T>) {
  return (
    <>
      {list.items.length ? (
        // A table wider than a phone scrolls sideways inside its wrapper: keyboard users must be able to reach it.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
          <table>
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={index} scope="col" className={column.className}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={rowKey(item)}>
                  {columns.map((column, index) => (
                    <td key={index} className={column.cellClassName ?? column.className}>
                      {column.cell(item)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <PagedFooter list={list} empty={empty} />
    </>
  );
}

/**
 * The end of any cursor-paged list (a table, a list of cards): the empty state once loaded empty, and the
 * "Load more" footer with its loading and error states (a first page that failed is retried from the footer).
 */
export function PagedFooter<T>({ list, empty }: { list: PagedList<T>; empty?: ReactNode }) {
  return (
    <>
      {!list.items.length && !list.loading && !list.error ? empty : null}
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.items.length ? list.loadMore : list.reload}
        count={list.items.length}
      />
    </>
  );
}
