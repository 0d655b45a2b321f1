import { ChartDataTable, ChartSvg } from './chart-frame';
import './stacked-bar-chart.css';

export type StackSeries = {
  key: string;
  label: string;
  /** CSS class giving the segment its fill (and the legend swatch). */
  className: string;
};

export type StackCategory = { label: string; values: Record<string, number | undefined> };

type Props = {
  title: string;
  description: string;
  series: StackSeries[];
  categories: StackCategory[];
  format: (value: number) => string;
  categoryLabel: string;
  /** Caption of the hidden data table; leave it out when a visible table with the same numbers follows. */
  tableCaption?: string;
  emptyText?: string;
};

const W = 640;
const BAR = 26;
const GAP = 14;
const PAD = { top: 8, right: 56, bottom: 8, left: 180 };
const LABEL_CHARS = 14;

/**
 * Horizontal bars, one per category, each split into its series (counts by status). Like LineChart it is one
 * named image with a description; the numbers are in a table (its own hidden one, or the page's), segments are
 * labelled with their count where they are wide enough, and a legend names every colour in words.
 */
export function StackedBarChart({
  title,
  description,
  series,
  categories,
  format,
  categoryLabel,
  tableCaption,
  emptyText,
}: Props) {
  const totals = categories.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0));
  const max = Math.max(0, ...totals);
  if (categories.length === 0 || max === 0) return <p className="chart-empty">{emptyText ?? description}</p>;

  const innerW = W - PAD.left - PAD.right;
  const H = PAD.top + PAD.bottom + categories.length * (BAR + GAP) - GAP;
  const scale = (v: number) => (v / max) * innerW;
  const short = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

  return (
    <figure className="chart chart-stacked">
      <ChartSvg title={title} description={description} width={W} height={H}>
        <g aria-hidden="true">
          {categories.map((c, i) => {
            const y = PAD.top + i * (BAR + GAP);
            let x = PAD.left;
            return (
              <g key={c.label}>
                <text className="chart-category" x={PAD.left - 8} y={y + BAR / 2} dy="0.32em" textAnchor="end">
                  {short(c.label)}
                </text>
                {series.map((s) => {
                  const v = c.values[s.key] ?? 0;
                  if (v <= 0) return null;
                  const w = scale(v);
                  const seg = (
                    <g key={s.key} className={s.className}>
                      <rect className="chart-segment" x={x} y={y} width={w} height={BAR} />
                      {w >= 22 ? (
                        <text className="chart-segment-value" x={x + w / 2} y={y + BAR / 2} dy="0.32em" textAnchor="middle">
                          {format(v)}
                        </text>
                      ) : null}
                    </g>
                  );
                  x += w;
                  return seg;
                })}
                <text className="chart-value" x={x + 6} y={y + BAR / 2} dy="0.32em">
                  {format(totals[i] ?? 0)}
                </text>
              </g>
            );
          })}
        </g>
      </ChartSvg>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key} className={s.className}>
            <span className="chart-swatch" />
            {s.label}
          </li>
        ))}
      </ul>
      {tableCaption ? (
        <ChartDataTable
          caption={tableCaption}
          categoryLabel={categoryLabel}
          columns={series.map((s) => ({ key: s.key, label: s.label, value: (c: StackCategory) => format(c.values[s.key] ?? 0) }))}
          rows={categories}
        />
      ) : null}
    </figure>
  );
}
