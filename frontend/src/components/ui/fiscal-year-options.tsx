import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';

/** The options of a fiscal-year select, each named as the year is written here (令和7年度 / FY2025). */
export function FiscalYearOptions({ years }: { years: readonly number[] }) {
  const { lang } = useI18n();
  return (
    <>
      {years.map((y) => (
        <option key={y} value={y}>
          {formatFiscalYear(y, lang)}
        </option>
      ))}
    </>
  );
}
