import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, signInByApi } from './support';

test.describe('districts', () => {
  test.beforeEach(async ({ page }) => {
    await signInByApi(page, 'office');
  });

  test('finds a district by a half-width kana query and opens it', async ({ page }) => {
    await page.goto('/districts');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('searchbox', { name: /校区名・よみで検索/ }).fill('ﾋｶﾞｼ');
    await page.getByRole('button', { name: '検索' }).click();
    // The query is kept in the URL, so the list can be reloaded and shared.
    await expect(page).toHaveURL(/q=%EF%BE%8B%EF%BD%B6%EF%BE%9E%EF%BD%BC/);
    const link = page.getByRole('link', { name: '香椎東' });
    await expect(link).toBeVisible();
    await page.reload();
    await expect(link).toBeVisible();

    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: '香椎東' })).toBeVisible();
    await expect(page).toHaveTitle(/香椎東/);
    await expect(page.getByRole('navigation', { name: 'パンくずリスト' })).toContainText('校区一覧');
    for (const section of ['基本情報', '校区担当職員', '自治協議会', '団体の構成', '加入率の推移', '変更履歴']) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole('img', { name: '加入率の推移' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('sorts by join rate and pages through the list, keeping the state in the URL', async ({ page }) => {
    await page.goto('/districts');
    await page.getByRole('button', { name: /加入率/ }).click();
    await expect(page).toHaveURL(/sort=joinRate/);
    await expect(page.getByRole('columnheader', { name: /加入率/ })).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('button', { name: /加入率/ }).click();
    await expect(page).toHaveURL(/sort=-joinRate/);
    await expect(page.getByRole('columnheader', { name: /加入率/ })).toHaveAttribute('aria-sort', 'descending');
  });

  test('filters by ward', async ({ page }) => {
    await page.goto('/districts');
    await page.getByRole('combobox', { name: '区' }).selectOption({ label: '西区' });
    await expect(page).toHaveURL(/ward=\d+/);
    await expect(page.getByRole('link', { name: '姪浜' })).toBeVisible();
    await expect(page.getByRole('link', { name: '香椎', exact: true })).toHaveCount(0);
  });

  test('switches to English and remembers it', async ({ page }) => {
    await page.goto('/districts');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'School districts' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'School districts' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test('an unknown page says so', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto('/districts/999999999');
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
  });
});
