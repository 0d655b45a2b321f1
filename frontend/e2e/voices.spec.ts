import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, signInByApi } from './support';

/*
 * 地域の声 end to end against the demo city: the liaison receives a voice and routes it to the demo department
 * user's section (家庭ごみ減量推進課), that user answers, the liaison sees the answer and closes it; the office reads
 * the response-time figures. Japanese and English, axe on every page, the pages at 390 px.
 */

const SECTION = '家庭ごみ減量推進課';

async function switchUser(page: Page, who: 'liaison' | 'dept' | 'office') {
  await page.context().clearCookies();
  await signInByApi(page, who);
}

async function settled(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0);
}

test('a voice goes from the liaison to the section and back (ja)', async ({ page }) => {
  // four sign-ins and three forms: longer than the default on a shared machine
  test.setTimeout(120_000);
  const subject = `ごみステーションの移設 ${Date.now()}`;
  await signInByApi(page, 'liaison');
  await page.goto('/voices');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: '地域の声' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: '声を受け付ける' }).click();
  await settled(page);
  const district = page.getByLabel('校区');
  await district.selectOption({ index: 1 });
  await page.getByLabel('種別').selectOption({ label: '要望' });
  await page.getByLabel('件名').fill(subject);
  await page.getByLabel('内容').fill('集積所が通学路にあり、朝の通行の妨げになっている。移設を検討してほしい。');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '受け付ける' }).click();

  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const id = /\/voices\/(\d+)$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  const steps = page.getByRole('list', { name: '対応の流れ' });
  await expect(steps.locator('[aria-current="step"]')).toContainText('受付');
  await page.getByRole('button', { name: '担当課へ送る' }).click();
  await page.getByLabel('所管課').selectOption({ label: SECTION });
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '送る', exact: true }).click();
  await expect(page.getByText('担当課へ送りました。')).toBeVisible();
  await expect(steps.locator('[aria-current="step"]')).toContainText('担当課で対応中');

  // the section: the voice is in its list; it answers
  await switchUser(page, 'dept');
  await page.goto('/voices?status=IN_PROGRESS');
  await settled(page);
  await page.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByRole('button', { name: '担当課へ送る' })).toHaveCount(0);
  await page.getByRole('button', { name: '回答する' }).click();
  await page.getByRole('textbox', { name: '回答 必須' }).fill('来月、地元と現地を確認のうえ移設先を決めます。');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '回答を登録' }).click();
  await expect(page.getByText('回答を登録しました。')).toBeVisible();

  // the liaison reads the answer and returns it to the council
  await switchUser(page, 'liaison');
  await page.goto(`/voices/${id}`);
  await settled(page);
  const answer = page.getByRole('region', { name: '回答' });
  await expect(answer.getByText('来月、地元と現地を確認のうえ移設先を決めます。')).toBeVisible();
  await expect(steps.locator('[aria-current="step"]')).toContainText('回答済');
  // the history says each step in words: the fields in Japanese, the section by name
  const history = page.getByRole('region', { name: '変更履歴' });
  await expect(history.getByRole('rowheader', { name: '担当課へ送った日' }).first()).toBeVisible();
  await expect(history.getByText(new RegExp(SECTION)).first()).toBeVisible();
  await expect(history).not.toContainText(/sectionId|routedOn|IN_PROGRESS/);
  await page.getByRole('button', { name: '校区へ回答を返した' }).click();
  await page.getByLabel('返却の記録').fill('役員会で報告');
  await page.getByRole('button', { name: '完了にする' }).click();
  await expect(page.getByText('完了にしました。')).toBeVisible();
  await expect(steps.locator('[aria-current="step"]')).toContainText('完了');
  await expectNoA11yViolations(page);

  // the office: the figures count the section's answer
  await switchUser(page, 'office');
  await page.goto('/voice-response-times');
  await settled(page);
  const table = page.getByRole('table', { name: '回答状況' });
  await expect(table.getByRole('rowheader', { name: SECTION })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the office reads voices and response times in English, also on a phone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('kyodo.lang', 'en'));
  await signInByApi(page, 'office');
  await page.goto('/voice-response-times');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Response times' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Response times' });
  await expect(table.getByRole('columnheader', { name: /Median days to answer/ })).toBeVisible();
  await table.getByRole('button', { name: /Median days to answer/ }).click();
  await expect(table.getByRole('columnheader', { name: /Median days to answer/ })).toHaveAttribute('aria-sort', 'ascending');
  await expectNoA11yViolations(page);

  await page.goto('/voices?overdue=true');
  await settled(page);
  await expect(page.getByRole('table', { name: 'Voices from districts' }).getByText('Overdue').first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/voices', '/voice-response-times']) {
    await page.goto(path);
    await settled(page);
    await expectNoA11yViolations(page);
    // the content fits the phone: wide tables scroll inside their own box, the page does not
    const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.getByRole('table', { name: 'Response times' }).getByRole('rowheader').first().waitFor();
});
