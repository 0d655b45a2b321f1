import type { HTMLAttributes, Key, ReactNode, TdHTMLAttributes } from 'react';
import { SortHeader, type SortState } from './sort-header';
import { TableScroll } from './table-scroll';

export type Column<T> = {
  /** Tells the column's cells apart (React key). */
  key: string;
  header: ReactNode;
  /** Numbers: the header and every cell right-aligned (`num`). */
  num?: boolean;
  /** Classes of the column's cells (`nowrap`, `wrap`), not of its header. */
  className?: string;
  /** The cell that names its row: a `th scope="row"`. */
  rowHeader?: boolean;
  /** The server sorts by this key: the header is a sort button (with `sort` and `onSort` on the table). */
  sortKey?: string;
  cell: (row: T, index: number) => ReactNode;
  /** More attributes of a cell (`lang`, a test id). */
  cellProps?: (row: T) => TdHTMLAttributes<HTMLTableCellElement> & { 'data-testid'?: string };
  /** The column's cell in the totals row (with `foot` on the table). */
  total?: ReactNode;
};

export type DataTableProps<T> = {
  /** Names the scrolling box for screen readers; the caption too, unless `caption` is given. */
  label: string;
  caption?: ReactNode;
  /** A caption everyone sees; by default it is read by screen readers only. */
  showCaption?: boolean;
  /** Classes after `table` (`table-compact`). */
  className?: string;
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  /** `false`/`null` leave a column out (a column only some users see). */
  columns: readonly (Column<T> | false | null | undefined)[];
  rowProps?: (row: T, index: number) => HTMLAttributes<HTMLTableRowElement>;
  /** A totals row from the columns' `total`. */
  foot?: boolean;
  sort?: SortState;
  onSort?: (next: SortState) => void;
  /** In a TableScroll (default), so a wide table scrolls sideways on a phone instead of squeezing. */
  scroll?: boolean;
  testId?: string;
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/**
 * A table of rows with one header row, described by its columns: header cells are `th scope="col"`, the cell
 * that names a row is `th scope="row"`, numbers are right-aligned, and the caption names the table.
 */
export function DataTable<T>({
  label,
  caption = label,
  showCaption = false,
  className,
  rows,
  rowKey,
  columns,
  rowProps,
  foot = false,
  sort = null,
  onSort,
  scroll = true,
  testId,
}: DataTableProps<T>) {
  const cols = columns.filter((c): c is Column<T> => !!c);
  const table = (
    <table className={classes('table', className)} data-testid={testId}>
      <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {cols.map((c) =>
            c.sortKey && onSort ? (
              <SortHeader key={c.key} label={c.header} sortKey={c.sortKey} sort={sort} onSort={onSort} className={classes(c.num && 'num')} />
            ) : (
              <th key={c.key} scope="col" className={classes(c.num && 'num')}>
                {c.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} {...rowProps?.(row, i)}>
            {cols.map((c) => {
              const props = { className: classes(c.num && 'num', c.className), ...c.cellProps?.(row) };
              return c.rowHeader ? (
                <th key={c.key} scope="row" {...props}>
                  {c.cell(row, i)}
                </th>
              ) : (
                <td key={c.key} {...props}>
                  {c.cell(row, i)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {foot ? (
        <tfoot>
          <tr>
            {cols.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row">
                  {c.total}
                </th>
              ) : (
                <td key={c.key} className={classes(c.num && 'num')}>
                  {c.total}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
  return scroll ? <TableScroll label={label}>{table}</TableScroll> : table;
}
