import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { SortHeader, type SortState } from '@/components/ui/sort-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n, type TFunction } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import type { BoundaryCollection, DistrictMetric, MapMetrics, MapSettings } from '../api/get-map';
import { classify, classOf, METRICS, NO_DATA, textOn, type ClassRange, type Metric } from '../utils/classes';
import { fit, labelPoint, pathOf, tileHost, tilesFor, tileUrl, tileZoom, type Bbox } from '../utils/projection';
import './district-map.css';

const WIDTH = 720;
/** How much of the background shows through a district's colour when tiles are drawn. */
const FILL_OVER_TILES = 0.6;

export function metricValue(d: DistrictMetric, metric: Metric): number | null {
  const v = d[metric];
  return v ?? null;
}

/** A value as the map and the table write it; no value is "記録なし" for visits and "—" otherwise. */
export function formatMetric(metric: Metric, v: number | null, t: TFunction, lang: 'ja' | 'en'): string {
  if (v === null) return metric === 'daysSinceLastVisit' ? t('map.noVisit') : t('map.noData');
  switch (metric) {
    case 'joinRate':
      return formatPercent(v);
    case 'joinRateChange':
      return t('map.points', { n: `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v * 100).toFixed(1)}` });
    case 'burdenHours':
      return t('map.hours', { n: formatNumber(Math.round(v), lang) });
    case 'daysSinceLastVisit':
      return t('map.days', { n: formatNumber(v, lang) });
  }
}

function rangeLabel(metric: Metric, c: ClassRange, t: TFunction, lang: 'ja' | 'en'): string {
  return `${formatMetric(metric, c.from, t, lang)} – ${formatMetric(metric, c.to, t, lang)}`;
}

/**
 * 地図: districts drawn as SVG outlines in Web Mercator fitted to their bbox, filled by the chosen metric's class
 * (colour-blind-safe palette, and the class number written in each district so colour is not the only cue). Each
 * district is a link to its profile, reachable by Tab; hovering or focusing one shows its name and value. The
 * table beside it holds the same values, sortable. With `tiles` configured on the server, the raster tiles (same Web
 * Mercator, zoom chosen from the fitted scale) are drawn under the districts, which then let them show through, and
 * the provider's credit is shown under the map.
 */
export function DistrictMap({
  boundaries,
  metrics,
  tiles,
}: {
  boundaries: BoundaryCollection;
  metrics: MapMetrics;
  tiles?: MapSettings | undefined;
}) {
  const { t, lang } = useI18n();
  const [metric, setMetric] = useState<Metric>('joinRate');
  const [active, setActive] = useState<number | null>(null);
  const [sort, setSort] = useState<SortState>(null);

  const byId = useMemo(() => new Map(metrics.districts.map((d) => [d.districtId, d])), [metrics]);
  const classes = useMemo(
    () => classify(metric, metrics.districts.map((d) => metricValue(d, metric))),
    [metric, metrics],
  );
  const fitted = useMemo(
    () => (boundaries.bbox ? fit(boundaries.bbox as Bbox, WIDTH) : null),
    [boundaries],
  );
  const shapes = useMemo(
    () =>
      fitted
        ? boundaries.features.map((f) => ({
            id: f.id,
            name: f.properties.name,
            d: pathOf(f.geometry, fitted.project),
            label: labelPoint(f.geometry, fitted.project),
          }))
        : [],
    [boundaries, fitted],
  );

  const tileUrlTemplate = tiles?.tileUrl;
  const background = useMemo(
    () =>
      fitted && tileUrlTemplate
        ? tilesFor(fitted, tileZoom(fitted)).map((tile) => ({ ...tile, href: tileUrl(tileUrlTemplate, tile) }))
        : [],
    [fitted, tileUrlTemplate],
  );
  const credit = tiles && tileUrlTemplate ? (tiles.tileAttribution ?? tileHost(tileUrlTemplate)) : undefined;

  const rows = useMemo(() => {
    const list = [...metrics.districts];
    if (sort) {
      list.sort((a, b) => {
        const dir = sort.desc ? -1 : 1;
        if (sort.key === 'value') {
          const va = metricValue(a, metric);
          const vb = metricValue(b, metric);
          if (va === null) return vb === null ? 0 : 1;
          if (vb === null) return -1;
          return (va - vb) * dir;
        }
        const ka = sort.key === 'ward' ? a.wardName : a.name;
        const kb = sort.key === 'ward' ? b.wardName : b.name;
        return ka.localeCompare(kb, 'ja') * dir;
      });
    }
    return list;
  }, [metrics, sort, metric]);

  const activeMetric = active === null ? undefined : byId.get(active);
  const metricLabel = t(`map.metric.${metric}`);
  const fy = formatFiscalYear(metrics.fiscalYear, lang);
  const hasMine = metrics.districts.some((d) => d.mine);

  return (
    <div className="district-map">
      <fieldset className="fieldset map-metrics">
        <legend>{t('map.colourBy')}</legend>
        {METRICS.map((m) => (
          <label key={m} className="radio-inline">
            <input type="radio" name="map-metric" value={m} checked={metric === m} onChange={() => setMetric(m)} />{' '}
            {t(`map.metric.${m}`)}
          </label>
        ))}
      </fieldset>
      {metric === 'daysSinceLastVisit' && !metrics.visitsRecorded ? (
        <p className="map-note">{t('map.noVisitLog')}</p>
      ) : null}

      <div className="map-layout">
        <figure className="map-figure">
          <figcaption className="map-caption">
            {t('map.caption', { metric: metricLabel, fy })}
          </figcaption>
          {fitted ? (
            <svg
              className="map-svg"
              viewBox={`0 0 ${fitted.width} ${fitted.height}`}
              role="group"
              aria-label={t('map.svgLabel', { metric: metricLabel })}
            >
              <defs>
                <pattern id="map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#999" strokeWidth="1.5" />
                </pattern>
              </defs>
              {background.length > 0 ? (
                <g className="map-tiles" aria-hidden="true" data-testid="map-tiles">
                  {background.map((tile) => (
                    <image
                      key={`${tile.z}/${tile.x}/${tile.y}`}
                      href={tile.href}
                      x={tile.left}
                      y={tile.top}
                      width={tile.size}
                      height={tile.size}
                      preserveAspectRatio="none"
                    />
                  ))}
                </g>
              ) : null}
              {shapes.map((s) => {
                const m = byId.get(s.id);
                const v = m ? metricValue(m, metric) : null;
                const c = classOf(classes, v);
                const text = m ? formatMetric(metric, v, t, lang) : t('map.noData');
                return (
                  <Link
                    key={s.id}
                    to={`/districts/${s.id}`}
                    className={m?.mine ? 'map-district is-mine' : 'map-district'}
                    aria-label={`${s.name}: ${metricLabel} ${text}`}
                    data-testid={`map-district-${s.id}`}
                    onMouseEnter={() => setActive(s.id)}
                    onMouseLeave={() => setActive(null)}
                    onFocus={() => setActive(s.id)}
                    onBlur={() => setActive(null)}
                  >
                    <path
                      d={s.d}
                      fill={c ? c.color : NO_DATA}
                      fillOpacity={background.length > 0 ? FILL_OVER_TILES : undefined}
                      fillRule="evenodd"
                      data-class={c ? c.index + 1 : 0}
                    />
                    {c ? null : <path d={s.d} fill="url(#map-hatch)" fillRule="evenodd" aria-hidden="true" />}
                    <text
                      x={s.label[0]}
                      y={s.label[1]}
                      className="map-label"
                      fill={c ? textOn(c.color) : '#111'}
                      aria-hidden="true"
                    >
                      {c ? c.index + 1 : '–'}
                    </text>
                  </Link>
                );
              })}
            </svg>
          ) : (
            <p>{t('map.noBoundaries')}</p>
          )}
          {fitted && credit ? (
            <p className="map-attribution" data-testid="map-attribution">
              {t('map.tileCredit', { credit })}
            </p>
          ) : null}
          <p className="map-readout" aria-live="polite" data-testid="map-readout">
            {activeMetric
              ? `${activeMetric.name}（${activeMetric.wardName}）: ${metricLabel} ${formatMetric(metric, metricValue(activeMetric, metric), t, lang)}`
              : t('map.hint')}
          </p>
        </figure>

        <div className="map-side">
          <section aria-labelledby="map-legend" className="map-legend">
            <h2 id="map-legend">{t('map.legend')}</h2>
            <ul>
              {classes.map((c) => (
                <li key={c.index}>
                  <span className="swatch" style={{ background: c.color, color: textOn(c.color) }} aria-hidden="true">
                    {c.index + 1}
                  </span>
                  {t('map.class', { n: c.index + 1 })} {rangeLabel(metric, c, t, lang)}
                </li>
              ))}
              <li>
                <span className="swatch swatch-none" aria-hidden="true">
                  –
                </span>
                {metric === 'daysSinceLastVisit' ? t('map.noVisit') : t('map.noData')}
              </li>
              {hasMine ? (
                <li>
                  <span className="swatch swatch-mine" aria-hidden="true" />
                  {t('map.mine')}
                </li>
              ) : null}
            </ul>
          </section>

          <TableScroll label={t('map.tableCaption', { metric: metricLabel, fy })}>
            <table className="table map-table">
              <caption>{t('map.tableCaption', { metric: metricLabel, fy })}</caption>
              <thead>
                <tr>
                  <SortHeader label={t('map.col.district')} sortKey="name" sort={sort} onSort={setSort} />
                  <SortHeader label={t('map.col.ward')} sortKey="ward" sort={sort} onSort={setSort} />
                  <SortHeader label={metricLabel} sortKey="value" sort={sort} onSort={setSort} className="num" />
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => {
                  const v = metricValue(d, metric);
                  const c = classOf(classes, v);
                  return (
                    <tr key={d.districtId} className={d.mine ? 'is-mine' : undefined}>
                      <th scope="row">
                        <Link to={`/districts/${d.districtId}`}>{d.name}</Link>
                        {d.mine ? <span className="tag">{t('map.mineTag')}</span> : null}
                      </th>
                      <td>{d.wardName}</td>
                      <td className="num" data-testid="map-value">
                        {formatMetric(metric, v, t, lang)}
                        {c ? <span className="visually-hidden">（{t('map.class', { n: c.index + 1 })}）</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </div>
      </div>
    </div>
  );
}
