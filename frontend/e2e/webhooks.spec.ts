import { expect, test } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, signInByApi } from './support';

test.describe('webhooks', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('an admin registers a webhook on a phone, keeps the secret shown once, pauses it and reads its log', async ({ page }) => {
    await signInByApi(page, 'admin');
    await page.goto('/');
    await clickMainNav(page, 'Webhook');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhook（変更の通知）' })).toBeVisible();

    await page.getByRole('button', { name: 'Webhook を登録' }).click();
    // the keyboard lands in the form
    await expect(page.getByLabel(/送信先 URL/)).toBeFocused();
    await page.keyboard.type('http://gis.example.jp/hook');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(/https の URL を入力してください/)).toBeVisible();
    await page.getByLabel(/送信先 URL/).fill('http://127.0.0.1:9/kyodo-e2e');
    await page.getByLabel(/説明/).fill('E2E の受信先');
    await page.getByRole('checkbox', { name: 'WARD', exact: true }).check();
    await page.getByRole('button', { name: '保存' }).click();

    const secret = page.getByRole('region', { name: /署名キー/ });
    await expect(secret).toBeVisible();
    await expect(secret.getByText(/^whsec_/)).toBeVisible();
    await expect(secret.getByRole('button', { name: 'コピー' })).toBeVisible();
    await expectNoA11yViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await secret.getByRole('button', { name: '控えたので閉じる' }).click();
    await expect(secret).toBeHidden();

    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'E2E の受信先' }) }).first();
    await expect(card).toContainText('配信中');
    await card.getByRole('button', { name: '一時停止' }).click();
    await expect(card).toContainText('停止中');
    await card.getByRole('button', { name: '配信履歴' }).click();
    await expect(card.getByRole('heading', { name: '配信履歴' })).toBeVisible();
    await expectNoA11yViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the page passes axe in English with the form open', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('kyodo.lang', 'en'));
    await signInByApi(page, 'admin');
    await page.goto('/webhooks');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    await page.getByRole('button', { name: 'Register a webhook' }).click();
    await expect(page.getByLabel(/Target URL/)).toBeFocused();
    await expectNoA11yViolations(page);
  });

  test('an office user gets neither the page nor the API', async ({ page }) => {
    await signInByApi(page, 'office');
    await page.goto('/webhooks');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhook（変更の通知）' })).toBeHidden();
    expect((await page.request.get('/api/v1/webhooks')).status()).toBe(403);
  });
});
