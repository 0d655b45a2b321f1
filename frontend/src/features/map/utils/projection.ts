/** Web Mercator (EPSG:3857) on the unit square: x east 0–1, y south 0–1, as map tiles use it. */
export function mercator(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  return [x, y];
}

export type Bbox = [number, number, number, number];

/**
 * A projection of [lon, lat] into a box `width` wide (height follows the bbox's shape), with a margin: the unit
 * square's point (x0, y0) lands at (margin, margin), and one unit is `scale` pixels.
 */
export type Fitted = {
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
  x0: number;
  y0: number;
  scale: number;
  margin: number;
};

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
    x0,
    y0,
    scale,
    margin,
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

/** Pixels of one map tile (XYZ tiles are 256 × 256). */
export const TILE_SIZE = 256;

/** The XYZ tile holding [lon, lat] at zoom z (x from the antimeridian eastwards, y from the north). */
export function tileXY(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const [ux, uy] = mercator(lon, lat);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
  return { x: clamp(ux), y: clamp(uy) };
}

/**
 * The zoom whose tiles are drawn closest to their own size at the fitted scale (so they stay sharp and few), within
 * what tile servers offer.
 */
export function tileZoom(fitted: Pick<Fitted, 'scale'>, minZoom = 0, maxZoom = 18): number {
  const z = Math.round(Math.log2(fitted.scale / TILE_SIZE));
  return Math.min(maxZoom, Math.max(minZoom, Number.isFinite(z) ? z : minZoom));
}

/** One tile to draw: its XYZ address and where it goes in the fitted box. */
export type PlacedTile = { z: number; x: number; y: number; left: number; top: number; size: number };

/** The tiles at zoom z that cover the whole fitted box (its margin included), row by row. */
export function tilesFor(fitted: Fitted, z: number): PlacedTile[] {
  const n = 2 ** z;
  const size = fitted.scale / n;
  // the box's corners on the unit square
  const ux0 = fitted.x0 - fitted.margin / fitted.scale;
  const uy0 = fitted.y0 - fitted.margin / fitted.scale;
  const ux1 = ux0 + fitted.width / fitted.scale;
  const uy1 = uy0 + fitted.height / fitted.scale;
  const first = (u: number) => Math.max(0, Math.floor(u * n));
  const last = (u: number) => Math.min(n - 1, Math.ceil(u * n) - 1);
  const tiles: PlacedTile[] = [];
  for (let y = first(uy0); y <= last(uy1); y++) {
    for (let x = first(ux0); x <= last(ux1); x++) {
      tiles.push({
        z,
        x,
        y,
        left: fitted.margin + (x / n - fitted.x0) * fitted.scale,
        top: fitted.margin + (y / n - fitted.y0) * fitted.scale,
        size,
      });
    }
  }
  return tiles;
}

/** The template's {z}, {x} and {y} filled in. */
export function tileUrl(template: string, tile: Pick<PlacedTile, 'z' | 'x' | 'y'>): string {
  return template.replaceAll('{z}', String(tile.z)).replaceAll('{x}', String(tile.x)).replaceAll('{y}', String(tile.y));
}

/** The tile server's host, the credit shown when the server names none. */
export function tileHost(template: string): string {
  try {
    return new URL(tileUrl(template, { z: 0, x: 0, y: 0 })).host;
  } catch {
    return template;
  }
}
