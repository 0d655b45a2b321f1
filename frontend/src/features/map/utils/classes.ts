/** The metrics the map colours districts by. */
export const METRICS = ['joinRate', 'joinRateChange', 'burdenHours', 'daysSinceLastVisit'] as const;
export type Metric = (typeof METRICS)[number];

/** Colour-blind-safe ColorBrewer palettes, light to dark (diverging: negative to positive). */
export const PALETTES: Record<Metric, readonly string[]> = {
  joinRate: ['#edf8fb', '#b3cde3', '#8c96c6', '#8856a7', '#810f7c'],
  joinRateChange: ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'],
  burdenHours: ['#feedde', '#fdbe85', '#fd8d3c', '#e6550d', '#a63603'],
  daysSinceLastVisit: ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'],
};

/** Fill of a district without a value (drawn with a hatch as well). */
export const NO_DATA = '#e8e8e8';

export type ClassRange = { index: number; from: number; to: number; color: string };

/**
 * Five classes of equal width over the values (diverging metrics: symmetric around zero, the middle class holding
 * the values near zero). Fewer when the values are all the same; none without values.
 */
export function classify(metric: Metric, values: readonly (number | null | undefined)[]): ClassRange[] {
  const xs = values.filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  if (xs.length === 0) return [];
  const palette = PALETTES[metric];
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (metric === 'joinRateChange') {
    const a = Math.max(Math.abs(lo), Math.abs(hi), 1e-6);
    lo = -a;
    hi = a;
  }
  if (hi === lo) return [{ index: 0, from: lo, to: hi, color: palette[Math.floor(palette.length / 2)] ?? '#888' }];
  const step = (hi - lo) / palette.length;
  return palette.map((color, index) => ({
    index,
    from: lo + index * step,
    to: index === palette.length - 1 ? hi : lo + (index + 1) * step,
    color,
  }));
}

/** The class a value falls in (the upper bound belongs to the class below, the last class takes its maximum). */
export function classOf(classes: readonly ClassRange[], value: number | null | undefined): ClassRange | undefined {
  if (value === null || value === undefined || !Number.isFinite(value) || classes.length === 0) return undefined;
  return classes.find((c) => value <= c.to) ?? classes[classes.length - 1];
}

/** Whether dark text or light text reads on a fill (relative luminance). */
export function textOn(color: string): string {
  const n = parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return l > 0.25 ? '#111' : '#fff';
}
