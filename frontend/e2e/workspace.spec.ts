import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, getJson, signInByApi } from './support';

/** The liaison's workspace: わたしの校区, the worklist, coverage, the bell and the calendar across districts. */
test.describe('liaison workspace', () => {
  for (const lang of ['ja', 'en'] as const) {
    test(`the liaison lands on their four districts and the worklist (${lang})`, async ({ page }) => {
      await page.addInitScript((l) => window.localStorage.setItem('kyodo.lang', l), lang);
      await signInByApi(page, 'liaison');
      await page.goto('/');
      await expect(page).toHaveURL(/\/my-districts$/);
      const title = lang === 'ja' ? 'わたしの校区' : 'My districts';
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('article')).toHaveCount(4);
      const worklist = page.getByRole('heading', { level: 2, name: lang === 'ja' ? 'やること' : 'To do' });
      await expect(worklist).toBeVisible();
      await expect(page.locator('.ws-worklist li').first()).toBeVisible();
      await expect(page.getByText(lang === 'ja' ? '今年度の世帯数が未報告' : 'Household figures missing for this year').first()).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }

  test('at 390 px the cards do not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInByApi(page, 'liaison');
    await page.goto('/my-districts');
    await expect(page.getByRole('article')).toHaveCount(4);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page);
  });

  test('the bell shows the unread count and marking read lowers it', async ({ page }) => {
    await signInByApi(page, 'liaison');
    const before = await getJson<{ unread: number }>(page.request, '/api/v1/me/notifications/unread-count');
    expect(before.unread, 'the demo liaison has unread notifications').toBeGreaterThan(0);
    await page.goto('/my-districts');
    const bell = page.getByRole('link', { name: `お知らせ ${before.unread}件未読` });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'お知らせ' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: /^既読にする/ }).first().click();
    await expect(page.getByRole('link', { name: `お知らせ ${before.unread - 1}件未読` })).toBeVisible();
  });

  test('the calendar marks the current month and lists dates per day', async ({ page }) => {
    await signInByApi(page, 'liaison');
    await page.goto('/calendar');
    await expect(page.getByRole('heading', { level: 1, name: '負担カレンダー' })).toBeVisible();
    const current = page.locator('h2[aria-current="date"]');
    await expect(current).toContainText('今月');
    await expect(page.locator('.ws-calendar > li').first()).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: '次の月' }).click();
    await expect(page.locator('h2[aria-current="date"]')).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '今月に戻る' }).click();
    await expect(page.locator('h2[aria-current="date"]')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('office coverage', () => {
  test('the office sees the liaisons with their districts and opens one', async ({ page }) => {
    await signInByApi(page, 'office');
    await page.goto('/liaisons');
    await expect(page.getByRole('heading', { level: 1, name: '担当状況' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /注意が必要な校区/ })).toBeVisible();
    // a district that stands out says why in words, not by colour alone
    const attention = page.getByRole('table', { name: '注意が必要な校区の一覧' });
    await expect(attention.getByRole('row').nth(1)).toContainText(/担当者なし|最近の訪問なし/);
    await expectNoA11yViolations(page);
    const liaison = page.getByRole('link', { name: /古賀 健一/ });
    await liaison.click();
    await expect(page.getByRole('heading', { level: 1, name: /古賀 健一/ })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(4);
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/liaisons');
    await expect(page.getByRole('heading', { level: 1, name: '担当状況' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
