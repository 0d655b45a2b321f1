import { expect, test } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, getJson, signInByApi } from './support';

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
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('議題を追加しました。')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(item) });
  await row.getByRole('link', { name: '依頼1' }).click();

  await expect(page.getByRole('heading', { level: 1, name: requestTitle })).toBeVisible();
  const reported = page.getByRole('table', { name: '会議での報告' });
  await expect(reported.getByRole('cell', { name: item })).toBeVisible();
  await expectNoA11yViolations(page);
});

/*
 * Reports from districts (校区からの報告) are the liaison's to record for their own districts: from the district's
 * profile the form opens with the district chosen, the report is saved, corrected, found in the list, and a report
 * recorded in error is deleted again.
 */
test('a liaison records a report from one of their districts, and it appears in the list', async ({ page }) => {
  const title = `校区だより 第${Date.now() % 100000}号`;
  await signInByApi(page, 'liaison');
  const me = await getJson<{ districtIds: number[] }>(page.request, '/api/v1/me');
  const own = me.districtIds[0];
  expect(own, 'the demo liaison has districts').toBeDefined();
  await page.goto(`/districts/${own}`);
  const reports = page.getByRole('region', { name: /校区からの報告/ });
  await reports.getByRole('link', { name: '報告を登録' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '報告を登録' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^校区/ })).toHaveValue(String(own));
  await page.getByRole('combobox', { name: /^種類/ }).selectOption('NEWSLETTER');
  await page.getByRole('textbox', { name: /^件名/ }).fill(title);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('報告を保存しました。')).toBeVisible();
  await page.getByRole('button', { name: '編集', exact: true }).click();
  await page.getByRole('textbox', { name: /^備考/ }).fill('会長から手渡しで受領');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('会長から手渡しで受領')).toBeVisible();
  await expectNoA11yViolations(page);

  await clickMainNav(page, '校区からの報告');
  await expect(page.getByRole('heading', { level: 1, name: '校区からの報告' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: title }).click();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '報告を削除' }).click();
  await expect(page.getByText('報告を削除しました。')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
});
