import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, getJson, signInByApi } from './support';

/** How wide the page's own content is (the shell's menu is the layout's business). */
function mainWidth(page: Page): Promise<number> {
  return page.locator('main').evaluate((el) => el.scrollWidth);
}

type Me = { id: number; districtIds: number[] };
type District = { id: number; name: string };

test.describe('activity log (活動記録)', () => {
  test('a liaison on a phone records a visit with a follow-up while offline; it arrives once when back online', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInByApi(page, 'liaison');
    const me = await getJson<Me>(page.request, '/api/v1/me');
    const district = await getJson<District>(page.request, `/api/v1/districts/${me.districtIds[0]}`);
    const summary = `電波のない集会所で記録 ${Date.now()}`;

    await page.goto('/activities/new');
    await expect(page.getByRole('heading', { level: 1, name: '活動を記録' })).toBeVisible();
    await expect(page.getByText('記録者の責任で')).toBeVisible();
    await page.getByRole('checkbox', { name: district.name, exact: true }).check();
    await page.getByLabel('概要').fill(summary);
    await page.getByRole('button', { name: '対応事項を追加' }).click();
    await page.getByLabel('内容').fill('防犯灯の要望を道路課へ伝える');
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('期限').fill(due);
    await expectNoA11yViolations(page);

    await context.setOffline(true);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page).toHaveURL(/\/activities$/);
    await expect(page.getByText('この端末に保存しました')).toBeVisible();
    await expect(page.getByRole('heading', { name: /送信待ち/ })).toContainText('送信待ち 1 件');
    expect(await mainWidth(page)).toBeLessThanOrEqual(390);
    await expectNoA11yViolations(page);

    await context.setOffline(false);
    await expect(page.getByRole('heading', { name: /送信待ち/ })).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('link', { name: /令和|平成/ }).first()).toBeVisible();
    const found = await getJson<{ total: number; items: { followUps: { description: string }[] }[] }>(
      page.request,
      `/api/v1/activities?q=${encodeURIComponent(summary)}`,
    );
    expect(found.total).toBe(1);
    expect(found.items[0]!.followUps[0]!.description).toBe('防犯灯の要望を道路課へ伝える');
    // a reload sends nothing again
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '活動記録' })).toBeVisible();
    const again = await getJson<{ total: number }>(page.request, `/api/v1/activities?q=${encodeURIComponent(summary)}`);
    expect(again.total).toBe(1);
  });

  test('the log searches by district, and a record shows its follow-ups; the week view fits a phone', async ({ page }) => {
    await signInByApi(page, 'liaison');
    const me = await getJson<Me>(page.request, '/api/v1/me');
    const district = await getJson<District>(page.request, `/api/v1/districts/${me.districtIds[1] ?? me.districtIds[0]}`);
    await page.goto('/activities');
    await page.getByRole('combobox', { name: '校区' }).selectOption({ label: district.name });
    await expect(page).toHaveURL(new RegExp(`district=${district.id}`));
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText(district.name);
    const count = await rows.count();
    for (let i = 1; i < count; i++) await expect(rows.nth(i)).toContainText(district.name);
    await expectNoA11yViolations(page);

    await rows.nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: '対応事項' })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/activities/week');
    await expect(page.getByRole('heading', { level: 1, name: '週表示' })).toBeVisible();
    expect(await mainWidth(page)).toBeLessThanOrEqual(390);
    await expectNoA11yViolations(page);
  });
});
