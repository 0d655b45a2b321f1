import { describe, expect, it } from 'vitest';
import { classify, classOf, PALETTES, textOn } from './classes';
import { fit, mercator, pathOf, tileHost, tilesFor, tileUrl, tileXY, tileZoom } from './projection';

describe('map tiles', () => {
  it('finds the XYZ tile of a place as tile servers number them', () => {
    // 福岡市役所 (130.4017°E, 33.5902°N) and 東京駅 (139.7671°E, 35.6812°N), by the slippy-map formula
    // x = ⌊(lon + 180) / 360 · 2^z⌋, y = ⌊(1 − ln(tan φ + sec φ) / π) / 2 · 2^z⌋
    expect(tileXY(130.4017, 33.5902, 12)).toEqual({ x: 3531, y: 1641 });
    expect(tileXY(130.4017, 33.5902, 15)).toEqual({ x: 28253, y: 13134 });
    expect(tileXY(139.7671, 35.6812, 10)).toEqual({ x: 909, y: 403 });
    expect(tileXY(139.7671, 35.6812, 18)).toEqual({ x: 232847, y: 103226 });
    expect(tileXY(0, 0, 0)).toEqual({ x: 0, y: 0 });
    expect(tileXY(180, -90, 2)).toEqual({ x: 3, y: 3 });
  });

  it('chooses the zoom whose tiles are drawn closest to 256 px', () => {
    const f = fit([130.3, 33.5, 130.5, 33.7], 720);
    const z = tileZoom(f);
    const drawn = f.scale / 2 ** z;
    expect(drawn).toBeGreaterThanOrEqual(256 / Math.SQRT2);
    expect(drawn).toBeLessThanOrEqual(256 * Math.SQRT2);
    // 0.2° of longitude in 704 px: 1,267,200 px per world width, 2^12.27 tiles of 256 px
    expect(z).toBe(12);
    // a drawing four times as wide zooms in twice; limits hold
    expect(tileZoom(fit([130.3, 33.5, 130.5, 33.7], 2880))).toBe(14);
    expect(tileZoom({ scale: 256 * 2 ** 25 })).toBe(18);
    expect(tileZoom({ scale: 1 })).toBe(0);
  });

  it('covers the whole drawn box with tiles that line up with the districts', () => {
    const bbox = [130.3, 33.5, 130.5, 33.7] as const;
    const f = fit([...bbox], 720);
    const z = tileZoom(f);
    const tiles = tilesFor(f, z);
    const nw = tileXY(bbox[0], bbox[3], z);
    const se = tileXY(bbox[2], bbox[1], z);
    const xs = new Set(tiles.map((t) => t.x));
    const ys = new Set(tiles.map((t) => t.y));
    expect(xs.has(nw.x) && xs.has(se.x) && ys.has(nw.y) && ys.has(se.y)).toBe(true);
    expect(tiles).toHaveLength(xs.size * ys.size);
    // together they cover the box, margins included
    expect(Math.min(...tiles.map((t) => t.left))).toBeLessThanOrEqual(0);
    expect(Math.min(...tiles.map((t) => t.top))).toBeLessThanOrEqual(0);
    expect(Math.max(...tiles.map((t) => t.left + t.size))).toBeGreaterThanOrEqual(f.width);
    expect(Math.max(...tiles.map((t) => t.top + t.size))).toBeGreaterThanOrEqual(f.height);
    // and no tile lies wholly outside it
    for (const t of tiles) {
      expect(t.left).toBeLessThan(f.width);
      expect(t.top).toBeLessThan(f.height);
      expect(t.left + t.size).toBeGreaterThan(0);
      expect(t.top + t.size).toBeGreaterThan(0);
    }
    // the tile holding a place is drawn where the place is projected
    const [px, py] = f.project(130.4017, 33.5902);
    const { x, y } = tileXY(130.4017, 33.5902, z);
    const tile = tiles.find((t) => t.x === x && t.y === y)!;
    expect(px).toBeGreaterThanOrEqual(tile.left);
    expect(px).toBeLessThan(tile.left + tile.size);
    expect(py).toBeGreaterThanOrEqual(tile.top);
    expect(py).toBeLessThan(tile.top + tile.size);
  });

  it('fills in the template and names its host', () => {
    const template = 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png';
    expect(tileUrl(template, { z: 12, x: 3531, y: 1653 })).toBe('https://cyberjapandata.gsi.go.jp/xyz/pale/12/3531/1653.png');
    expect(tileHost(template)).toBe('cyberjapandata.gsi.go.jp');
  });
});

describe('projection', () => {
  it('puts the equator and the meridian at the centre, north up', () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(130, 34)[1]).toBeLessThan(0.5);
  });

  it('fits a bbox into the width, keeping its shape, north at the top', () => {
    const f = fit([130.3, 33.5, 130.5, 33.7], 400, 0);
    expect(f.width).toBe(400);
    // 0.2° of latitude near 33.6°N is taller than 0.2° of longitude is wide in Mercator
    expect(f.height).toBeGreaterThan(400);
    const [x0, y0] = f.project(130.3, 33.7);
    expect(x0).toBeCloseTo(0);
    expect(y0).toBeCloseTo(0);
    const [x1, y1] = f.project(130.5, 33.5);
    expect(x1).toBeCloseTo(400);
    expect(y1).toBeCloseTo(f.height, 0);
  });

  it('draws every ring of a multipolygon as a closed subpath', () => {
    const f = fit([0, 0, 2, 2], 100, 0);
    const d = pathOf(
      {
        type: 'MultiPolygon',
        coordinates: [
          [[[0, 0], [1, 0], [1, 1], [0, 0]]],
          [[[1, 1], [2, 1], [2, 2], [1, 1]]],
        ],
      },
      f.project,
    );
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
  });
});

describe('classes', () => {
  it('cuts five equal classes between the smallest and the largest value; nulls have no class', () => {
    const c = classify('joinRate', [0.5, 0.6, 0.7, 0.9, null]);
    expect(c).toHaveLength(5);
    expect(c[0]?.from).toBe(0.5);
    expect(c[4]?.to).toBe(0.9);
    expect(classOf(c, 0.5)?.index).toBe(0);
    expect(classOf(c, 0.9)?.index).toBe(4);
    expect(classOf(c, 0.6)?.index).toBe(1);
    expect(classOf(c, null)).toBeUndefined();
    expect(c.map((x) => x.color)).toEqual(PALETTES.joinRate);
  });

  it('centres a change on zero so gains and losses get opposite hues', () => {
    const c = classify('joinRateChange', [-0.02, 0.01]);
    expect(c[0]?.from).toBeCloseTo(-0.02);
    expect(c[4]?.to).toBeCloseTo(0.02);
    expect(classOf(c, 0)?.index).toBe(2);
  });

  it('has one class when every value is the same, none without values', () => {
    expect(classify('burdenHours', [3, 3])).toHaveLength(1);
    expect(classify('daysSinceLastVisit', [null, undefined])).toEqual([]);
  });

  it('writes dark text on light fills and light text on dark ones', () => {
    expect(textOn('#edf8fb')).toBe('#111');
    expect(textOn('#810f7c')).toBe('#fff');
  });
});
