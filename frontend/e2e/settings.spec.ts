import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, signInByApi } from './support';

async function openSettingsByKeyboard(page: Page) {
  await page.goto('/districts');
  await expect(page.locator('h1')).toBeVisible();
  const toggle = page.locator('.user-menu-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const link = page.getByRole('link', { name: '個人設定' });
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: '個人設定' })).toBeVisible();
}

test('a liaison sets and clears the e-mail address for the digest from the user menu, by keyboard', async ({ page }) => {
  await signInByApi(page, 'liaison2');
  await openSettingsByKeyboard(page);
  await expect(page.getByText('未読のお知らせを、1日1回まとめてメールでお送りします', { exact: false })).toBeVisible();
  await expectNoA11yViolations(page);

  const email = page.getByRole('textbox', { name: 'メールアドレス' });
  await email.fill('hakata@localhost');
  await email.press('Enter');
  await expect(page.getByText('メールアドレスの形式で入力してください', { exact: false })).toBeVisible();
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations(page);

  await email.fill('hakata.hanako@example.jp');
  await email.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '個人設定を保存しました。' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'メールアドレス' })).toHaveValue('hakata.hanako@example.jp');

  // cleared again: the demo account keeps no address
  await page.getByRole('textbox', { name: 'メールアドレス' }).fill('');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '個人設定を保存しました。' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'メールアドレス' })).toHaveValue('');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the settings page fits 390 px and passes axe, in both languages', async ({ page }) => {
    for (const lang of ['ja', 'en'] as const) {
      await page.addInitScript((l) => window.localStorage.setItem('kyodo.lang', l), lang);
      await signInByApi(page, 'office');
      await page.goto('/settings');
      await expect(page.getByRole('textbox', { name: lang === 'ja' ? 'メールアドレス' : 'E-mail address' })).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await expectNoA11yViolations(page);
    }
  });
});
