import { expect, test } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, findDistrict, getJson, signInByApi } from './support';

test.describe('requests (依頼等)', () => {
  test('office lists the requests with filters in the URL and the burden column', async ({ page }) => {
    await signInByApi(page, 'office');
    await page.goto('/districts');
    await clickMainNav(page, '依頼等');
    await expect(page.getByRole('heading', { level: 1, name: '依頼等一覧' })).toBeVisible();
    await page.getByRole('combobox', { name: '種別' }).selectOption({ label: '協力依頼' });
    await expect(page).toHaveURL(/kind=COOPERATION/);
    const table = page.getByRole('table', { name: /依頼等一覧/ });
    await expect(table.getByRole('columnheader', { name: /負担時間（団体あたり年間）/ })).toBeVisible();
    await expect(table.getByRole('row').nth(1)).toContainText('協力依頼');
    await expectNoA11yViolations(page);
  });

  test('a department cannot register a notice with a head count; without it, it is saved', async ({ page }) => {
    await signInByApi(page, 'dept');
    await page.goto('/requests');
    await page.getByRole('link', { name: '依頼等を登録' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '依頼等を登録' })).toBeVisible();
    const form = page.getByRole('form', { name: '依頼等の入力' });
    const title = `試験の連絡 ${Date.now()}`;
    await form.getByRole('textbox', { name: /件名/ }).fill(title);
    await form.getByRole('radio', { name: '連絡・提案' }).check();
    await form.getByRole('group', { name: /依頼内容/ }).getByRole('checkbox', { name: '回覧' }).check();
    await form.getByRole('group', { name: /受け手/ }).getByRole('checkbox', { name: '自治会・町内会' }).check();
    await form.getByRole('textbox', { name: '6月' }).fill('1');
    const headCount = form.getByRole('textbox', { name: '人数の指定' });
    await headCount.fill('5');

    // Checked as it is typed: the rule is shown at the field before saving.
    const ruleJa = '連絡・提案では、参加人数などの人数を指定してはいけません。';
    await expect(headCount).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('.field-invalid').filter({ hasText: ruleJa })).toBeVisible();
    await expectNoA11yViolations(page);

    // The server refuses it too: the alert names the field (never the rule's code), the rule's sentence is said
    // once, at the field, and both go as soon as the field is fixed.
    await form.getByRole('button', { name: '保存' }).click();
    const refusal = form.getByRole('alert').filter({ hasText: 'ルールにより登録できません' });
    await expect(refusal).toContainText('人数の指定');
    await expect(refusal).not.toContainText('NOTICE_NO_HEAD_COUNT');
    await expect(page.getByText(ruleJa)).toHaveCount(1);
    await expect(page).toHaveURL(/\/requests\/new$/);

    await headCount.fill('');
    await expect(headCount).not.toHaveAttribute('aria-invalid', 'true');
    await expect(refusal).toHaveCount(0);
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(/\/requests\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '負担' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

type Cycle = { id: number; fiscalYear: number };
type Item = { requestId: number; requestTitle: string; kind: string; decision?: string };

test.describe('review (見直し)', () => {
  test('office abolishes an undecided request for cooperation and the dashboard changes', async ({ page }) => {
    await signInByApi(page, 'office');
    const cycles = (await getJson<{ items: Cycle[] }>(page.request, '/api/v1/review-cycles')).items;
    const cycle = cycles.find((c) => c.fiscalYear === 2025);
    expect(cycle, 'the demo city has a review cycle for FY2025').toBeDefined();
    const items = await getJson<{ items: Item[] }>(
      page.request,
      `/api/v1/review-cycles/${cycle!.id}/items?size=200&kind=COOPERATION`,
    );
    const target = items.items.find((i) => i.kind === 'COOPERATION' && !i.decision);
    expect(target, 'an undecided request for cooperation').toBeDefined();

    // The dashboard before.
    await page.goto(`/reviews/${cycle!.id}/dashboard`);
    await expect(page.getByRole('heading', { level: 1, name: '削減状況ダッシュボード' })).toBeVisible();
    const figure = (name: string) =>
      page.locator('.facts > div').filter({ has: page.getByText(name, { exact: true }) }).locator('dd');
    const undecidedBefore = Number((await figure('未決定の件数').innerText()).replace(/,/g, ''));
    const projectedBefore = Number((await figure('決定反映後の協力依頼の件数').innerText()).replace(/,/g, ''));
    await expectNoA11yViolations(page);

    // The board: decide ABOLISH.
    await page.goto('/districts');
    await clickMainNav(page, '見直し');
    await expect(page.getByRole('heading', { level: 1, name: '依頼等の見直し' })).toBeVisible();
    await page.getByRole('combobox', { name: '見直しサイクル' }).selectOption(String(cycle!.id));
    await page.goto(`/reviews?cycle=${cycle!.id}&item=${target!.requestId}`);
    const form = page.getByRole('form', { name: '地域コミュニティ課の決定' });
    await expect(form).toBeVisible();
    await expectNoA11yViolations(page);
    await form.getByRole('radio', { name: '廃止' }).check();
    await form.getByRole('textbox', { name: /理由/ }).fill('役割を終えたため廃止する。');
    await form.getByRole('button', { name: '決定する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '決定を保存しました。' })).toBeVisible();

    // The dashboard after.
    await page.getByRole('link', { name: '削減状況ダッシュボードを見る' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '削減状況ダッシュボード' })).toBeVisible();
    await expect(figure('未決定の件数')).toHaveText(String(undecidedBefore - 1));
    await expect(figure('決定反映後の協力依頼の件数')).toHaveText(String(projectedBefore - 1));
  });
});

test('a district shows its burden calendar month by month, April to March', async ({ page }) => {
  await signInByApi(page, 'office');
  const district = await findDistrict(page.request, '香椎');
  await page.goto(`/districts/${district.id}`);
  await page.getByRole('link', { name: /負担カレンダー/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /負担カレンダー/ })).toBeVisible();
  await page.getByRole('combobox', { name: '年度' }).selectOption('2025');
  const months = page.getByRole('heading', { level: 2 });
  await expect(months.first()).toContainText('4月');
  await expect(months.last()).toContainText('3月');
  await expect(months).toHaveCount(12);
  await expectNoA11yViolations(page);
});

test('the meeting log and the reports from districts are filtered by fiscal year', async ({ page }) => {
  await signInByApi(page, 'liaison');
  await page.goto('/districts');
  await clickMainNav(page, '会議録');
  await expect(page.getByRole('heading', { level: 1, name: '会議録' })).toBeVisible();
  await page.getByRole('combobox', { name: '年度' }).selectOption('2025');
  await expect(page).toHaveURL(/fy=2025/);
  await expect(page.getByRole('table', { name: '会議録' }).getByRole('row').nth(1)).toContainText('令和');
  await expectNoA11yViolations(page);

  await clickMainNav(page, '校区からの報告');
  await expect(page.getByRole('heading', { level: 1, name: '校区からの報告' })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the request form offers whole wards (区単位で指定) with no axe violation', async ({ page }) => {
  await signInByApi(page, 'office');
  await page.goto('/requests/new');
  await page.getByRole('radio', { name: '校区を選択' }).check();
  const wards = page.getByRole('group', { name: '区単位で指定（区内のすべての校区）' });
  await expect(wards.getByRole('checkbox', { name: '東区' })).toBeVisible();
  await wards.getByRole('checkbox', { name: '東区' }).check();
  await expectNoA11yViolations(page);
});
