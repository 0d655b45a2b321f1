import { useId, type ReactNode } from 'react';
import './charts.css';

/**
 * The picture of a chart: one SVG image with a name (title) and a description for assistive technology; what is
 * drawn is hidden from them (the numbers are in a table). The viewBox scales to the width.
 */
export function ChartSvg({
  title,
  description,
  width,
  height,
  children,
}: {
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      aria-label={title}
      className="chart-svg"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}

/**
 * The numbers of a chart in a table that only screen readers read: a row per category, a column per value, so
 * nothing is only visible as a shape.
 */
export function ChartDataTable<T extends { label: string }>({
  caption,
  categoryLabel,
  columns,
  rows,
}: {
  caption: string;
  categoryLabel: string;
  columns: { key: string; label: string; value: (row: T) => string }[];
  rows: readonly T[];
}) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{categoryLabel}</th>
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {columns.map((c) => (
              <td key={c.key}>{c.value(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
