import { expect, test, type Page } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, getJson, signInByApi } from './support';

/** The fills of the district shapes on the map. */
async function fills(page: Page): Promise<string[]> {
  return page
    .locator('.map-district > path:first-child')
    .evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? ''));
}

test.describe('map', () => {
  test('colours districts by join rate, switches the metric, shows a focused district, axe clean', async ({ page }) => {
    test.slow(); // two axe passes over some fifty shapes and their table
    await signInByApi(page, 'liaison');
    await page.goto('/');
    await clickMainNav(page, '地図');
    await expect(page.getByRole('heading', { level: 1, name: '校区の地図' })).toBeVisible();
    await expect(page.locator('.map-district').first()).toBeVisible();

    // join rate: several classes, a legend with ranges, the table with values
    const byJoinRate = await fills(page);
    expect(byJoinRate.length).toBeGreaterThanOrEqual(20); // every district of the demo city has an outline
    expect(new Set(byJoinRate).size).toBeGreaterThan(2);
    const legend = page.getByRole('region', { name: '凡例' });
    await expect(legend).toContainText(/階級1 \d+\.\d% – \d+\.\d%/);
    await expect(legend).toContainText('太線: わたしの担当校区');
    const table = page.getByRole('table', { name: /校区別の加入率/ });
    await expect(table.getByTestId('map-value').filter({ hasText: /\d+\.\d%/ }).first()).toBeVisible();
    // the liaison's own districts are outlined and tagged
    await expect(page.locator('.map-district.is-mine')).toHaveCount(4);
    await expectNoA11yViolations(page);

    // another metric, other colours
    await page.getByRole('radio', { name: '依頼等の負担時間' }).check();
    await expect(page.getByRole('table', { name: /校区別の依頼等の負担時間/ })).toBeVisible();
    expect(await fills(page)).not.toEqual(byJoinRate);
    await expect(page.getByRole('table').getByTestId('map-value').filter({ hasText: /時間/ }).first()).toBeVisible();

    // keyboard: Tab reaches the districts; the focused one shows its name and value
    const first = page.locator('.map-district').first();
    await first.focus();
    await expect(first).toBeFocused();
    await expect(page.getByTestId('map-readout')).toHaveText(/（.+区）: 依頼等の負担時間 [\d,]+時間/);
    await page.keyboard.press('Tab');
    await expect(page.locator('.map-district').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/districts\/\d+$/);
  });

  test('works at 390 px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInByApi(page, 'office');
    await page.goto('/map');
    await expect(page.locator('.map-district').first()).toBeVisible();
    await page.getByRole('radio', { name: '加入率の前年度差' }).check();
    await expect(page.getByRole('table', { name: /前年度差/ }).getByTestId('map-value').first()).toHaveText(/ポイント|データなし/);
    const svgWidth = await page.locator('.map-svg').evaluate((e) => e.getBoundingClientRect().width);
    expect(svgWidth).toBeLessThanOrEqual(390);
    await expectNoA11yViolations(page);
  });

  test('the district profile shows its sections and prints without the navigation', async ({ page }) => {
    await signInByApi(page, 'office');
    await page.goto('/map');
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/districts\/\d+$/);
    for (const section of ['基本情報', '自治協議会', '自治会・町内会の加入率（過去5年度）', '校区からの報告']) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2, name: /校区に届く依頼等（令和\d+年度）/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /会議と議題/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /計画の取組/ })).toBeVisible();
    await expect(page.getByRole('button', { name: '印刷' })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeHidden();
    await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: '自治会・町内会の加入率（過去5年度）' })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('heading', { level: 2, name: '自治会・町内会の加入率（過去5年度）' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("a liaison's district profile shows the latest activity records and the open follow-ups", async ({ page }) => {
    await signInByApi(page, 'liaison');
    const me = await getJson<{ districtIds: number[] }>(page.request, '/api/v1/me');
    await page.goto(`/districts/${me.districtIds[0]}`);
    const recent = page.getByRole('region', { name: '最近の活動記録' });
    await expect(recent.getByRole('link', { name: /この校区の活動記録をすべて見る（\d+件）/ })).toBeVisible();
    const followUps = page.getByRole('table', { name: '未対応の対応事項' });
    await expect(followUps.getByRole('row').nth(1)).toBeVisible();
    await expect(followUps.getByText('期限切れ').first()).toBeVisible(); // the demo log has overdue follow-ups
    await expectNoA11yViolations(page);
  });
});
