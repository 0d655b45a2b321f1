import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, USERS } from './support';

test.describe('sign in', () => {
  test('a staff member signs in, lands on the district list and signs out again', async ({ page }) => {
    await page.goto('/signin');
    await expect(page).toHaveTitle(/サインイン/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expectNoA11yViolations(page);

    await page.getByLabel('ユーザー名').fill(USERS.office.username);
    await page.getByLabel('パスワード').fill(USERS.office.password);
    await page.getByRole('button', { name: 'サインイン' }).click();

    await expect(page).toHaveURL(/\/districts$/);
    await expect(page.getByRole('heading', { level: 1, name: '校区一覧' })).toBeVisible();
    await page.getByRole('button', { name: /ユーザーメニュー/ }).click();
    await page.getByRole('button', { name: 'サインアウト' }).click();
    await expect(page).toHaveURL(/\/signin/);

    // The session is gone on the server too, not only in this tab.
    await page.goto('/districts');
    await expect(page).toHaveURL(/\/signin\?next=%2Fdistricts/);
  });

  test('a wrong password is refused with a message next to the form', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('ユーザー名').fill('office');
    await page.getByLabel('パスワード').fill('not-the-password');
    await page.getByRole('button', { name: 'サインイン' }).click();
    await expect(page.getByRole('alert')).toContainText('ユーザー名またはパスワードが正しくありません');
    await expect(page).toHaveURL(/\/signin/);
    await expectNoA11yViolations(page);
  });

  test('a deep link survives signing in', async ({ page }) => {
    await page.goto('/import');
    await expect(page).toHaveURL(/\/signin\?next=%2Fimport/);
    await page.getByLabel('ユーザー名').fill(USERS.office.username);
    await page.getByLabel('パスワード').fill(USERS.office.password);
    await page.getByRole('button', { name: 'サインイン' }).click();
    await expect(page).toHaveURL(/\/import$/);
  });
});
