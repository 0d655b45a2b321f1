import { describe, expect, it } from 'vitest';
import { classify, classOf, PALETTES, textOn } from './classes';
import { fit, mercator, pathOf } from './projection';

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
