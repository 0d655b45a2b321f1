import { expect, test } from '@playwright/test';
import { fiscalYearOf } from '../src/utils/fiscal-year';
import { clickMainNav, fiscalYearLabel, getJson, signInByApi } from './support';

type Officer = { districtId: number; organizationName: string; personName: string; termEnd: string };

// That other roles have neither the menu entry nor the page is checked in imports.spec.ts.
test.describe('letters of thanks', () => {
  test('office lists the district-council chairs whose term ended in FY2024, ready to print', async ({ page }) => {
    await signInByApi(page, 'office');
    const chairs = await getJson<{ items: Officer[]; total: number }>(
      page.request,
      '/api/v1/officers?role=CHAIR&organizationKind=DISTRICT_COUNCIL&termEndedInFiscalYear=2024&size=200',
    );
    const chair = chairs.items.find((c) => c.termEnd === '2025-03-31');
    expect(chair, 'the demo city has a chair whose term ended on 2025-03-31').toBeDefined();

    await page.goto('/districts');
    await clickMainNav(page, '感謝状');
    await expect(page.getByRole('heading', { level: 1, name: '感謝状の対象者' })).toBeVisible();
    // The previous fiscal year is the one letters are usually prepared for.
    const year = page.getByRole('combobox', { name: '任期が終了した年度' });
    await expect(year).toHaveValue(String(fiscalYearOf(new Date()) - 1));

    await year.selectOption('2024');
    await expect(page).toHaveURL(/fy=2024/);
    await expect(page.getByRole('heading', { level: 2, name: `${fiscalYearLabel(2024)}に任期を終えた自治協議会会長` })).toBeVisible();
    const table = page.getByRole('table', { name: /任期を終えた自治協議会会長/ });
    await expect(table.getByRole('row')).toHaveCount(chairs.total + 1);
    const row = table.getByRole('row', { name: new RegExp(chair!.personName) });
    await expect(row).toContainText('令和7年3月31日');
    const district = await getJson<{ name: string }>(page.request, `/api/v1/districts/${chair!.districtId}`);
    await expect(row.getByRole('link', { name: district.name })).toBeVisible();
    // (axe checks this page in both languages in a11y.spec.ts.)

    // Printed, the page is the list alone: no menu, no year picker, no buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeHidden();
    await expect(year).toBeHidden();
    await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
    await expect(row).toBeVisible();
  });
});
