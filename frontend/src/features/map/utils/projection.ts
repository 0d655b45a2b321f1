/** Web Mercator (EPSG:3857) on the unit square: x east 0–1, y south 0–1, as map tiles use it. */
export function mercator(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  return [x, y];
}

export type Bbox = [number, number, number, number];

/** A projection of [lon, lat] into a box `width` wide (height follows the bbox's shape), with a margin. */
export type Fitted = { width: number; height: number; project: (lon: number, lat: number) => [number, number] };

export function fit(bbox: Bbox, width: number, margin = 8): Fitted {
  const [x0, y1] = mercator(bbox[0], bbox[1]);
  const [x1, y0] = mercator(bbox[2], bbox[3]);
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const scale = (width - 2 * margin) / w;
  const height = Math.round(h * scale + 2 * margin);
  return {
    width,
    height,
    project: (lon, lat) => {
      const [x, y] = mercator(lon, lat);
      return [margin + (x - x0) * scale, margin + (y - y0) * scale];
    },
  };
}

type Ring = number[][];
type Geometry = { type: string; coordinates: unknown[] };

/** The polygons of a Polygon or MultiPolygon geometry, each a list of rings. */
export function polygonsOf(geometry: Geometry): Ring[][] {
  return geometry.type === 'MultiPolygon'
    ? (geometry.coordinates as Ring[][])
    : [geometry.coordinates as Ring[]];
}

/** SVG path data of a geometry (holes drawn with the even-odd rule). */
export function pathOf(geometry: Geometry, project: Fitted['project']): string {
  const parts: string[] = [];
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      const pts = ring.map(([lon, lat]) => project(lon ?? 0, lat ?? 0));
      parts.push(`M${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`);
    }
  }
  return parts.join('');
}

/** Where a label goes: the centre of the vertices of the largest outer ring (good enough for compact districts). */
export function labelPoint(geometry: Geometry, project: Fitted['project']): [number, number] {
  let best: Ring = [];
  for (const polygon of polygonsOf(geometry)) {
    const outer = polygon[0] ?? [];
    if (outer.length > best.length) best = outer;
  }
  const pts = best.slice(0, -1).map(([lon, lat]) => project(lon ?? 0, lat ?? 0));
  if (pts.length === 0) return [0, 0];
  const sx = pts.reduce((s, p) => s + p[0], 0);
  const sy = pts.reduce((s, p) => s + p[1], 0);
  return [sx / pts.length, sy / pts.length];
}
