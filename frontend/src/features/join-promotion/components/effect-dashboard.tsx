import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { CheckboxField, SelectField } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filters';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { QueryState } from '@/components/ui/query-state';
import { useI18n, type TFunction } from '@/lib/i18n';
import { useWards } from '@/lib/reference-data/wards';
import { positiveParam, useListSearch } from '@/lib/use-list-search';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { OUTCOMES, useJoinEffect, type JoinEffect, type JoinEffectComparison, type JoinEffectDistrict } from '../api/join-promotion';
import { direction, formatChange, formatRate, formatUnits, measureLabel, outcomeLabel, signedPoints } from '../utils/labels';
import { yearChoices, yearOf } from './leaflets';
import './join-promotion.css';
import '../i18n';

/**
 * 効果: what the measures of a fiscal year did to the join rate, against the year before — per district (the rate
 * before and after, the change in points, the new buildings notified, the units reached and joined, associations
 * approved), for each measure the mean change where it was taken and where not with its 95% interval, as text and as a
 * bar, and the uncertainty said in words (too few districts to judge; a difference chance may explain; association,
 * not cause), and per ward the leaflets and welcome packs beside its rate.
 */
export function EffectDashboard() {
  const { t } = useI18n();
  const wards = useWards();
  const list = useListSearch();
  const s = list.search;
  const fiscalYear = yearOf(s);
  const wardId = positiveParam(s, 'ward');
  const effect = useJoinEffect(fiscalYear, wardId);
  return (
    <>
      <p className="lead">{t('jp.effect.lead')}</p>
      <form className="filters jp-effect-filters" role="search" aria-label={t('jp.effect.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('jp.fiscalYear')} value={String(fiscalYear)} onChange={(e) => list.update({ fy: e.target.value })}>
          <FiscalYearOptions years={yearChoices(fiscalYear)} />
        </SelectField>
        <FilterSelect
          label={t('jp.ward')}
          allLabel={t('jp.allWards')}
          value={s.get('ward')}
          choices={(wards.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          onChange={(ward) => list.update({ ward })}
        />
      </form>
      <QueryState query={effect}>{(e) => <EffectView effect={e} />}</QueryState>
    </>
  );
}

/** The dashboard of one year's figures (separate, so a test can give it any figures). */
export function EffectView({ effect: e }: { effect: JoinEffect }) {
  const { t, lang } = useI18n();
  const years = { before: formatFiscalYear(e.baseYear, lang), after: formatFiscalYear(e.fiscalYear, lang) };
  return (
    <div>
      <Summary effect={e} />
      <section aria-labelledby="jp-measures">
        <h3 id="jp-measures">{t('jp.effect.measuresTitle')}</h3>
        <p>{t('jp.effect.measuresLead', years)}</p>
        <ul className="jp-measures" data-testid="effect-measures">
          {e.comparisons.map((c) => (
            <li key={c.measure} className="jp-measure">
              <Measure comparison={c} />
            </li>
          ))}
        </ul>
        <p className="jp-caveat" data-testid="effect-caveat">
          {t('jp.effect.notCause')} {t('jp.effect.perDistrict')}
        </p>
      </section>
      <DistrictTable effect={e} />
      <section aria-labelledby="jp-wards">
        <h3 id="jp-wards">{t('jp.effect.wardsTitle')}</h3>
        <DataTable
          label={t('jp.effect.wardsTitle')}
          rows={e.wards}
          rowKey={(w) => w.wardId}
          columns={[
            { key: 'ward', header: t('jp.ward'), rowHeader: true, className: 'nowrap', cell: (w) => w.wardName },
            { key: 'leaflets', header: t('jp.leafletKind.LEAFLET'), num: true, cell: (w) => t('jp.copies', { n: formatNumber(w.leaflets, lang) }) },
            {
              key: 'welcomePacks',
              header: t('jp.leafletKind.WELCOME_PACK'),
              num: true,
              cell: (w) => t('jp.copies', { n: formatNumber(w.welcomePacks, lang) }),
            },
            { key: 'rate', header: t('jp.effect.rateHeader', years), className: 'nowrap', cell: (w) => rateCell(w.rateBefore, w.rateAfter) },
            {
              key: 'change',
              header: t('jp.effect.change'),
              num: true,
              cell: (w) => <Change points={w.rateBefore !== undefined && w.rateAfter !== undefined ? w.rateAfter - w.rateBefore : undefined} />,
            },
          ]}
        />
      </section>
    </div>
  );
}

function rateCell(before: number | undefined, after: number | undefined): string {
  return `${formatRate(before)} → ${formatRate(after)}`;
}

/** The buildings of the year by outcome and the agreements in force at its end: what was done, in a line. */
function Summary({ effect: e }: { effect: JoinEffect }) {
  const { t, lang } = useI18n();
  const counts = OUTCOMES.filter((o) => (e.outcomes[o] ?? 0) > 0).map((o) =>
    t('jp.effect.outcomeCount', { outcome: outcomeLabel(t, o), n: formatNumber(e.outcomes[o] ?? 0, lang) }),
  );
  const total = Object.values(e.outcomes).reduce((n, x) => n + x, 0);
  return (
    <div className="jp-summary" data-testid="effect-summary">
      <dl className="counts">
        <div>
          <dt>{t('jp.effect.buildingsOfYear')}</dt>
          <dd>{t('jp.effect.buildingCount', { n: formatNumber(total, lang) })}</dd>
        </div>
        <div>
          <dt>{t('jp.effect.agreementsInForce')}</dt>
          <dd>{t('jp.count', { n: formatNumber(e.agreementsInForce, lang) })}</dd>
        </div>
      </dl>
      {counts.length > 0 ? <p>{t('jp.effect.outcomes', { list: counts.join(t('jp.sep')) })}</p> : null}
    </div>
  );
}

/** A change of the rate: its sign and colour, and the word for its direction for those who do not see the colour. */
export function Change({ points }: { points: number | undefined | null }) {
  const { t } = useI18n();
  const dir = direction(points);
  if (!dir) return <>—</>;
  return (
    <span className={`jp-change-${dir}`}>
      {formatChange(points, t)}
      <span className="visually-hidden">{t(`jp.effect.dir.${dir}`)}</span>
    </span>
  );
}

/** Mean and interval of one side as a sentence: 平均 +0.8ポイント（95%の範囲 −10.9〜+12.6ポイント）. */
function sideText(t: TFunction, mean: number | undefined, interval: number[] | undefined): string {
  if (mean === undefined) return t('jp.effect.noDistricts');
  const m = t('jp.effect.mean', { value: formatChange(mean, t, 2) });
  if (!interval || interval.length < 2) return `${m} ${t('jp.effect.noInterval')}`;
  return `${m} ${t('jp.effect.interval', { low: signedPoints(interval[0]!, 2), high: signedPoints(interval[1]!, 2) })}`;
}

/** One measure compared: each side's districts, mean and interval (text and bar), the difference, and what may be said. */
function Measure({ comparison: c }: { comparison: JoinEffectComparison }) {
  const { t, lang } = useI18n();
  const scale = scaleOf(c);
  const id = `jp-measure-${c.measure.toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{measureLabel(t, c.measure)}</h4>
      <dl className="jp-groups">
        <div>
          <dt>{t('jp.effect.with', { n: formatNumber(c.withCount, lang) })}</dt>
          <dd>
            <span data-testid={`${c.measure}-with`}>{sideText(t, c.withMean, c.withInterval)}</span>
            <IntervalBar mean={c.withMean} interval={c.withInterval} scale={scale} />
          </dd>
        </div>
        <div>
          <dt>{t('jp.effect.without', { n: formatNumber(c.withoutCount, lang) })}</dt>
          <dd>
            <span data-testid={`${c.measure}-without`}>{sideText(t, c.withoutMean, c.withoutInterval)}</span>
            <IntervalBar mean={c.withoutMean} interval={c.withoutInterval} scale={scale} />
          </dd>
        </div>
      </dl>
      {c.difference !== undefined ? <p>{t('jp.effect.difference', { value: formatChange(c.difference, t, 2) })}</p> : null}
      <Verdict comparison={c} />
    </section>
  );
}

/** What the comparison allows one to say, always in words. */
export function Verdict({ comparison: c }: { comparison: JoinEffectComparison }) {
  const { t } = useI18n();
  if (!c.enoughData) {
    return (
      <p className="jp-verdict jp-verdict-unknown" data-testid={`${c.measure}-verdict`}>
        {t('jp.effect.notEnough')}
      </p>
    );
  }
  return (
    <p className={`jp-verdict${c.separated ? '' : ' jp-verdict-unknown'}`} data-testid={`${c.measure}-verdict`}>
      {c.separated ? t('jp.effect.separated') : t('jp.effect.notSeparated')}
    </p>
  );
}

type Scale = { min: number; max: number };

/** One axis for both sides of a measure, so their bars compare: their intervals and means, and zero, with a margin. */
function scaleOf(c: JoinEffectComparison): Scale {
  const xs = [0, c.withMean, c.withoutMean, ...(c.withInterval ?? []), ...(c.withoutInterval ?? [])].filter(
    (x): x is number => typeof x === 'number' && Number.isFinite(x),
  );
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = Math.max((max - min) * 0.08, 0.5);
  return { min: min - pad, max: max + pad };
}

/**
 * A 95% interval as a bar on the measure's axis, the mean a dot, zero a dashed line (positions in % of the axis). The
 * text beside it says the same, so the drawing is hidden from screen readers.
 */
function IntervalBar({ mean, interval, scale }: { mean: number | undefined; interval: number[] | undefined; scale: Scale }) {
  if (mean === undefined) return null;
  const x = (v: number) => `${(((v - scale.min) / (scale.max - scale.min)) * 100).toFixed(2)}%`;
  const pct = (v: number) => ((v - scale.min) / (scale.max - scale.min)) * 100;
  const low = interval?.[0];
  const high = interval?.[1];
  return (
    <span className="jp-bar" aria-hidden="true">
      <span className="jp-bar-axis" />
      {low !== undefined && high !== undefined ? (
        <span className="jp-bar-range" style={{ left: x(low), width: `${Math.max(pct(high) - pct(low), 0.5).toFixed(2)}%` }} />
      ) : null}
      <span className="jp-bar-zero" style={{ left: x(0) }} />
      <span className="jp-bar-mean" style={{ left: x(mean) }} />
    </span>
  );
}

/**
 * 校区ごとの加入率と取り組み: each district's rate the year before and this year, the change in points with its sign and
 * colour, and the measures taken there; a switch keeps only the districts where something was done.
 */
function DistrictTable({ effect: e }: { effect: JoinEffect }) {
  const { t, lang } = useI18n();
  const [onlyMeasures, setOnlyMeasures] = useState(false);
  // as the comparisons group them: units that joined in the year count even when their building was notified before
  const took = (d: JoinEffectDistrict) => d.buildings > 0 || d.unitsJoined > 0 || d.incorporations > 0;
  const rows = onlyMeasures ? e.districts.filter(took) : e.districts;
  const years = { before: formatFiscalYear(e.baseYear, lang), after: formatFiscalYear(e.fiscalYear, lang) };
  const n = (v: number) => (v > 0 ? formatNumber(v, lang) : '—');
  return (
    <section aria-labelledby="jp-districts">
      <h3 id="jp-districts">{t('jp.effect.districtsTitle')}</h3>
      <CheckboxField label={t('jp.effect.onlyMeasures')} checked={onlyMeasures} onChange={(ev) => setOnlyMeasures(ev.target.checked)} />
      {rows.length === 0 ? (
        <p role="status">{t('jp.effect.noDistrictRows')}</p>
      ) : (
        <DataTable
          label={t('jp.effect.districtsTitle')}
          rows={rows}
          rowKey={(d) => d.districtId}
          testId="effect-districts"
          columns={[
            {
              key: 'district',
              header: t('jp.district'),
              rowHeader: true,
              className: 'nowrap',
              cell: (d) => (
                <>
                  <Link to={`/districts/${d.districtId}`}>{d.districtName}</Link>
                  {d.wardName ? <span className="jp-sub">{d.wardName}</span> : null}
                </>
              ),
            },
            { key: 'rate', header: t('jp.effect.rateHeader', years), className: 'nowrap', cell: (d) => rateCell(d.rateBefore, d.rateAfter) },
            { key: 'change', header: t('jp.effect.change'), num: true, className: 'nowrap', cell: (d) => <Change points={d.change} /> },
            { key: 'buildings', header: t('jp.effect.buildings'), num: true, cell: (d) => n(d.buildings) },
            { key: 'unitsReached', header: t('jp.effect.unitsReached'), num: true, cell: (d) => (d.unitsReached > 0 ? formatUnits(d.unitsReached, t, lang) : '—') },
            { key: 'unitsJoined', header: t('jp.effect.unitsJoined'), num: true, cell: (d) => (d.unitsJoined > 0 ? formatUnits(d.unitsJoined, t, lang) : '—') },
            { key: 'incorporations', header: t('jp.effect.incorporations'), num: true, cell: (d) => n(d.incorporations) },
          ]}
        />
      )}
    </section>
  );
}

