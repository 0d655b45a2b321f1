import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { RetiringChairs, type DistrictRef } from '@/features/letters-of-thanks/components/retiring-chairs';
import { useI18n } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYearBoth } from '@/utils/fiscal-year';
import { MenuPage } from './shared';

const YEARS_BACK = 15;

/** ?fy=2024, else the previous fiscal year: letters are prepared after the terms that ended in it. */
export function readFiscalYear(search: URLSearchParams, today = new Date()): number {
  const current = fiscalYearOf(today);
  const fy = Number(search.get('fy'));
  return Number.isInteger(fy) && fy >= 1950 && fy <= current + 1 ? fy : current - 1;
}

/** 感謝状: the district-council chairs whose term ended in a fiscal year, ready to print. */
export function LettersOfThanksRoute() {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const fiscalYear = readFiscalYear(search);
  const current = fiscalYearOf(new Date());
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => current - i);
  // A shared link may name an older year than the list offers.
  if (!years.includes(fiscalYear)) years.push(fiscalYear);
  const districts = useAllDistricts();

  const districtOf = useCallback(
    (id: number | undefined): DistrictRef | undefined => {
      const d = districts.data?.find((x) => x.id === id);
      return d?.name ? { name: d.name, wardName: d.wardName } : undefined;
    },
    [districts.data],
  );

  return (
    <MenuPage title={t('letters.title')} actions={<Button onClick={() => window.print()}>{t('letters.print')}</Button>}>
      <p className="lead no-print">{t('letters.lead')}</p>
      <form className="filters filters-single no-print" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('letters.fiscalYear')}
          name="fy"
          value={String(fiscalYear)}
          onChange={(e) => setSearch(new URLSearchParams({ fy: e.target.value }))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {formatFiscalYearBoth(y, lang)}
            </option>
          ))}
        </SelectField>
      </form>
      <RetiringChairs fiscalYear={fiscalYear} districtOf={districtOf} />
    </MenuPage>
  );
}
