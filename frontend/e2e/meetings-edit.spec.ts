import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, signInByApi } from './support';

/*
 * Meetings from the screens. Recording meetings is office work in the API (liaisons record reports from their
 * districts, not the city-wide council's meetings), so the office records a meeting with an agenda item that carries
 * a request, and the request's page then lists it.
 */
test('the office records a meeting with an agenda item linked to a request, and the request shows it', async ({ page }) => {
  const item = `ごみ減量の回覧の説明 ${Date.now()}`;
  await signInByApi(page, 'office');
  await page.goto('/meetings');
  await page.getByRole('link', { name: '会議を登録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '会議を登録' })).toBeVisible();
  await page.getByLabel('会議体').selectOption({ index: 1 });
  await page.getByLabel('開催日').fill('2025-10-20');
  await page.getByLabel('会議名').fill(`臨時会議 ${Date.now()}`);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '議題' })).toBeVisible();

  await page.getByRole('button', { name: '議題を追加' }).click();
  await page.getByRole('textbox', { name: /^議題/ }).fill(item);
  await page.getByRole('searchbox', { name: '依頼等を検索' }).fill('ごみ減量のお知らせ');
  const request = page.getByRole('checkbox', { name: /ごみ減量のお知らせの回覧/ }).first();
  await request.check();
  const requestTitle = ((await request.locator('xpath=..').textContent()) ?? '').trim();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('議題を追加しました。')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(item) });
  await row.getByRole('link', { name: '依頼1' }).click();

  await expect(page.getByRole('heading', { level: 1, name: requestTitle })).toBeVisible();
  const reported = page.getByRole('table', { name: '会議での報告' });
  await expect(reported.getByRole('cell', { name: item })).toBeVisible();
  await expectNoA11yViolations(page);
});
