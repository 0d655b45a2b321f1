import { Link } from 'react-router';
import { Fact } from '@/components/ui/facts';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { NewBuilding } from '../api/join-promotion';
import { formatUnits } from '../utils/labels';
import './join-promotion.css';
import '../i18n';

/** 建物と届出: the notice (number, day), the building, its district and association, units, developer, management, completion. */
export function BuildingDetails({ building: b }: { building: NewBuilding }) {
  const { t, lang } = useI18n();
  const day = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '—');
  return (
    <dl className="facts">
      <Fact label={t('jp.building.noticeNo')}>{b.noticeNo ?? '—'}</Fact>
      <Fact label={t('jp.building.noticeOn')}>{day(b.noticeOn)}</Fact>
      <Fact label={t('jp.building.address')}>{b.address}</Fact>
      <Fact label={t('jp.district')}>
        <Link to={`/districts/${b.districtId}`}>{b.districtName}</Link>
      </Fact>
      <Fact label={t('jp.building.association')}>
        {b.organizationId !== undefined ? (
          <Link to={`/organizations/${b.organizationId}`}>{b.organizationName ?? t('jp.building.association')}</Link>
        ) : (
          t('jp.building.noAssociation')
        )}
      </Fact>
      <Fact label={t('jp.building.units')} data-testid="building-units">
        {formatUnits(b.units, t, lang)}
      </Fact>
      <Fact label={t('jp.building.developer')}>{b.developer}</Fact>
      <Fact label={t('jp.building.managementCompany')}>{b.managementCompany ?? '—'}</Fact>
      <Fact label={t('jp.building.completionOn')}>{day(b.completionOn)}</Fact>
      {b.note ? (
        <Fact label={t('jp.note')} wide>
          <span className="pre-line">{b.note}</span>
        </Fact>
      ) : null}
    </dl>
  );
}
