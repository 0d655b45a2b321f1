import { ChartDataTable, ChartSvg } from './chart-frame';
import './line-chart.css';

/** `value` null: no figure for that category (a gap in the line, "—" in the table). */
export type ChartPoint = { label: string; value: number | null };

type Props = {
  title: string;
  description: string;
  points: ChartPoint[];
  /** Formats a value for axis ticks, point labels and the data table. */
  format: (value: number) => string;
  /** Formats the axis ticks; defaults to format. */
  formatTick?: (value: number) => string;
  /** Header of the value column in the data table. */
  valueLabel: string;
  /** Header of the category column in the data table. */
  categoryLabel: string;
  tableCaption: string;
  domain?: [number, number];
  kind?: 'line' | 'bar';
  emptyText?: string;
};

const W = 640;
const H = 280;
const PAD = { top: 28, right: 48, bottom: 48, left: 56 };
const LINE_INSET = 28;

/**
 * A small hand-written SVG chart. The picture is one image with a name and a description for
 * assistive technology; the same numbers follow in a visually hidden table, so nothing is only
 * visible as a shape. Colour is never the only carrier of meaning (points are labelled).
 */
export function LineChart({
  title,
  description,
  points,
  format,
  formatTick = format,
  valueLabel,
  categoryLabel,
  tableCaption,
  domain,
  kind = 'line',
  emptyText,
}: Props) {
  const known = points.filter((p): p is { label: string; value: number } => p.value !== null);

  if (known.length === 0) {
    return <p className="chart-empty">{emptyText ?? description}</p>;
  }

  const values = known.map((p) => p.value);
  const [lo, hi] = domain ?? niceDomain(Math.min(...values), Math.max(...values));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  // Lines start a little in from the axis, so the first value's label does not sit on the tick labels.
  const inset = kind === 'line' && points.length > 1 ? LINE_INSET : 0;
  const step = points.length > 1 ? (innerW - 2 * inset) / (points.length - 1) : 0;
  const band = innerW / Math.max(points.length, 1);
  const x = (i: number) =>
    kind === 'bar' ? PAD.left + band * i + band / 2 : PAD.left + (points.length > 1 ? inset + step * i : innerW / 2);
  const y = (v: number) => PAD.top + innerH - ((v - lo) / (hi - lo || 1)) * innerH;
  const ticks = Array.from({ length: 5 }, (_, i) => lo + ((hi - lo) * i) / 4);
  // Label every category when they fit, otherwise every n-th so labels never overlap.
  const every = Math.max(1, Math.ceil(points.length / 8));

  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'} ${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);

  return (
    <figure className="chart">
      <ChartSvg title={title} description={description} width={W} height={H}>
        <g className="chart-grid" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
              <text x={PAD.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatTick(tick)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-axis" aria-hidden="true">
          <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} />
          {points.map((p, i) =>
            i % every === 0 || i === points.length - 1 ? (
              <text key={p.label} x={x(i)} y={H - PAD.bottom + 20} textAnchor="middle">
                {p.label}
              </text>
            ) : null,
          )}
        </g>
        <g className="chart-data" aria-hidden="true">
          {kind === 'bar'
            ? points.map((p, i) =>
                p.value === null ? null : (
                  <rect
                    key={p.label}
                    x={x(i) - band * 0.35}
                    width={band * 0.7}
                    y={y(p.value)}
                    height={Math.max(0, PAD.top + innerH - y(p.value))}
                  />
                ),
              )
            : segments.map((d) => <path key={d} d={d} />)}
          {kind === 'line'
            ? points.map((p, i) =>
                p.value === null ? null : <circle key={p.label} cx={x(i)} cy={y(p.value)} r={4} />,
              )
            : null}
          {points.length <= 12
            ? points.map((p, i) =>
                p.value === null ? null : (
                  <text key={p.label} className="chart-value" x={x(i)} y={y(p.value) - 10} textAnchor="middle">
                    {format(p.value)}
                  </text>
                ),
              )
            : null}
        </g>
      </ChartSvg>
      <ChartDataTable
        caption={tableCaption}
        categoryLabel={categoryLabel}
        columns={[{ key: 'value', label: valueLabel, value: (p) => (p.value === null ? '—' : format(p.value)) }]}
        rows={points}
      />
    </figure>
  );
}

/** Rounds a data range outward to tenths (rates) or to a power of ten. */
export function niceDomain(min: number, max: number): [number, number] {
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    return [min - pad, max + pad];
  }
  const span = max - min;
  const exp = Math.floor(Math.log10(span));
  // Divide by 10^-exp rather than multiply by 10^exp: 6 / 10 is exactly 0.6, 6 * 0.1 is not.
  const scale = (n: number) => (exp < 0 ? n / 10 ** -exp : n * 10 ** exp);
  const unit = scale(1);
  return [scale(Math.floor(min / unit)), scale(Math.ceil(max / unit))];
}
