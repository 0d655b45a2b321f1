import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoA11yViolations, getJson, mainNavLink, signInByApi, type UserKey } from './support';

// The Fukuoka plan (福岡市「コミュニティに関する今後の取り組み」) ships as sample data. 2026 (令和8年度) has no
// published report in it, so this flow publishes the first revision of that year.
const PLAN_CODE = 'fukuoka-2009';
const PLAN_NAME = 'コミュニティに関する今後の取り組み';
const YEAR = 2026;
const YEAR_JA = '令和8年度';
const UNPUBLISHED_YEAR = 2027;
const FORUM = '「住民自治フォーラム（仮称）」の開催';

/** A browser of its own (its own cookies) with the project's settings, signed in as `who` if given. */
async function openAs(browser: Browser, who?: UserKey): Promise<Page> {
  const { baseURL, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const page = await context.newPage();
  if (who) await signInByApi(page, who);
  return page;
}

async function waitForContent(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0);
}

test('the office reports progress, the committee rates it, the office publishes the year and anyone reads it', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const done = `住民自治フォーラムを市内2会場で開催し、延べ350人が参加した。（${stamp}）`;
  const comment = `参加者が多く、自治への関心の高まりがうかがえる。（${stamp}）`;
  const opinion = `全体としておおむね順調に進んでいる。（${stamp}）`;
  let planId = 0;

  await test.step('the office finds the initiative in the plan tree, 再掲 included', async () => {
    await signInByApi(page, 'office');
    const plans = await getJson<{ items: { id: number; code: string }[] }>(page.request, '/api/v1/plans');
    const plan = plans.items.find((p) => p.code === PLAN_CODE);
    expect(plan, 'the Fukuoka plan is in the sample data').toBeDefined();
    planId = plan!.id;

    await page.goto('/districts');
    await expect(await mainNavLink(page, '計画')).toBeVisible();
    await page.goto(`/plans/${planId}`);
    await expect(page.getByRole('heading', { level: 1, name: PLAN_NAME })).toBeVisible();
    await waitForContent(page);
    await expect(page.getByRole('heading', { level: 2, name: /^Ⅱ コミュニティの自治の確立/ })).toBeVisible();
    await expectNoA11yViolations(page);

    const filters = page.getByRole('search', { name: '取り組みの絞り込み' });
    await filters.getByRole('searchbox', { name: /キーワード/ }).fill('住民自治フォーラム');
    await filters.getByRole('button', { name: '検索' }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    // Printed twice in the plan: in Ⅱ-1-(1) and, as 【再掲】, in Ⅱ-2-(1).
    const links = page.getByRole('link', { name: FORUM });
    await expect(links).toHaveCount(2);
    const placements = page.locator('.plan-initiative').filter({ has: page.getByRole('link', { name: FORUM }) });
    await expect(placements.nth(0)).not.toContainText('【再掲】');
    await expect(placements.nth(1)).toContainText('【再掲】');

    await links.first().click();
    await expect(page.getByRole('heading', { level: 1, name: FORUM })).toBeVisible();
    await waitForContent(page);
    await expect(page.getByRole('heading', { level: 2, name: '実施目標' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step(`the office records the progress of ${YEAR_JA}`, async () => {
    await page.getByRole('link', { name: '進捗を報告' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `進捗を報告: ${FORUM}` })).toBeVisible();
    const form = page.getByRole('form', { name: '進捗報告の入力' });
    await form.getByRole('combobox', { name: /^年度/ }).selectOption(String(YEAR));
    await form.getByRole('radio', { name: '通年' }).check();
    await form.getByRole('combobox', { name: /^状況/ }).selectOption({ label: '実施済' });
    await form.getByRole('textbox', { name: '実施内容' }).fill(done);
    await form.getByRole('button', { name: '根拠資料を追加' }).click();
    const evidence = form.getByRole('group', { name: '根拠資料 1' });
    await expect(evidence.getByRole('textbox', { name: '資料名' })).toBeFocused();
    await evidence.getByRole('textbox', { name: '資料名' }).fill('開催報告（市ホームページ）');
    await evidence.getByRole('textbox', { name: /URL/ }).fill('https://www.city.fukuoka.lg.jp/');
    await form.getByRole('button', { name: '保存' }).click();

    await expect(page).toHaveURL(/\/initiatives\/\d+$/);
    await expect(page.getByRole('status').filter({ hasText: '進捗報告を保存しました。' })).toBeVisible();
    const reports = page.getByRole('region', { name: '進捗報告' });
    const report = reports.getByRole('listitem').filter({ hasText: done });
    await expect(report).toContainText(`${YEAR_JA} 通年`);
    await expect(report).toContainText('実施済');
    await expect(report.getByRole('link', { name: /開催報告（市ホームページ）/ })).toBeVisible();
  });

  await test.step(`the committee rates it on the ${YEAR_JA} sheet and finalizes the year`, async () => {
    const committee = await openAs(browser, 'committee');
    await committee.goto(`/plans/${planId}`);
    await waitForContent(committee);
    await expect(committee.getByRole('link', { name: '評価シート' })).toBeVisible();
    await committee.goto(`/plans/${planId}/evaluations/${YEAR}`);
    await expect(committee.getByRole('heading', { level: 1, name: `評価シート ${YEAR_JA}` })).toBeVisible();
    await waitForContent(committee);

    const rating = committee.getByRole('combobox', { name: `評価: ${FORUM}` });
    await rating.selectOption('A');
    // The keyboard moves along the row: rating → comment → recommendation.
    await rating.focus();
    await committee.keyboard.press('Tab');
    await expect(committee.getByRole('textbox', { name: `評価コメント: ${FORUM}` })).toBeFocused();
    await committee.keyboard.type(comment);
    await committee.keyboard.press('Tab');
    await expect(committee.getByRole('textbox', { name: `提言: ${FORUM}` })).toBeFocused();
    await committee.keyboard.type('若い世代の参加を広げる工夫を続けること。');
    await committee.getByRole('textbox', { name: '総評', exact: true }).fill(opinion);
    await expect(committee.getByText(/保存していない変更が 2 件あります/)).toBeVisible();
    await expectNoA11yViolations(committee);

    await committee.getByRole('button', { name: '下書きを保存' }).click();
    await expect(committee.getByRole('status').filter({ hasText: '下書きを保存しました（2 件）。' })).toBeVisible();

    await committee.getByRole('button', { name: '評価を確定…' }).click();
    await expect(committee.getByRole('heading', { level: 2, name: `${YEAR_JA}の評価を確定` })).toBeFocused();
    await committee.getByRole('button', { name: '確定する', exact: true }).click();
    await expect(committee.getByRole('status').filter({ hasText: '評価を確定しました。' })).toBeVisible();
    const row = committee.getByRole('row').filter({ has: committee.getByRole('link', { name: FORUM }) });
    await expect(row).toContainText('A 順調');
    await expect(row).toContainText('確定');
    await expect(row.getByRole('combobox')).toHaveCount(0);
    await committee.context().close();
  });

  await test.step(`the office publishes ${YEAR_JA}`, async () => {
    await page.goto(`/plans/${planId}`);
    await page.getByRole('link', { name: '公表', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '公表', exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: '年度' }).selectOption(String(YEAR));
    await expect(page).toHaveURL(new RegExp(`fy=${YEAR}`));
    await expect(page.getByRole('heading', { level: 2, name: `${YEAR_JA}の評価の状況` })).toBeVisible();
    await expect(page.getByText(/確定した評価が \d+ 件あります/)).toBeVisible();
    await page.getByRole('textbox', { name: '公表のメモ' }).fill(`${YEAR_JA}の推進委員会の評価`);
    await page.getByRole('button', { name: `${YEAR_JA}を公表する…` }).click();
    await page.getByRole('button', { name: '公表する', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `${YEAR_JA}を公表しました（第1版）。` })).toBeVisible();
    await expect(page.getByRole('region', { name: '公表の履歴' }).getByRole('row', { name: new RegExp(YEAR_JA) })).toContainText(
      '第1版',
    );
  });

  await test.step('anyone reads the published year without signing in, and no unpublished one', async () => {
    const visitor = await openAs(browser);
    await visitor.goto('/signin');
    await visitor.getByRole('link', { name: '公表資料' }).click();
    await expect(visitor).toHaveURL(/\/public$/);
    await expect(visitor.getByRole('heading', { level: 1, name: '公表資料' })).toBeVisible();
    await expect(visitor.getByRole('navigation', { name: 'メインメニュー' })).toHaveCount(0);

    await visitor.getByRole('link', { name: new RegExp(`${YEAR_JA}.*${PLAN_NAME}`) }).click();
    await expect(visitor).toHaveURL(new RegExp(`/public/reports/${PLAN_CODE}/${YEAR}$`));
    await expect(visitor.getByRole('heading', { level: 1, name: `${PLAN_NAME} ${YEAR_JA} 進捗状況と評価` })).toBeVisible();
    const forum = visitor
      .getByRole('article')
      .filter({ has: visitor.getByRole('heading', { name: FORUM }) })
      .filter({ hasText: '評価: A 順調' });
    await expect(forum).toContainText(comment);
    await expect(forum).toContainText(done);
    await expect(forum).toContainText('実施済');
    await expect(visitor.getByRole('region', { name: '推進委員会の総評' })).toContainText(opinion);
    await expect(visitor.getByRole('link', { name: '取り組みの一覧（CSV）' })).toHaveAttribute(
      'href',
      `/api/v1/public/reports/${PLAN_CODE}/${YEAR}/initiatives/csv`,
    );
    await expectNoA11yViolations(visitor);

    await visitor.getByRole('link', { name: '印刷用ページ' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: `${PLAN_NAME} ${YEAR_JA} 進捗状況と評価` })).toBeVisible();
    await expect(visitor.getByRole('button', { name: '印刷する' })).toBeVisible();
    await expect(visitor.getByRole('banner')).toHaveCount(0);

    await visitor.goto(`/public/reports/${PLAN_CODE}/${UNPUBLISHED_YEAR}`);
    await expect(visitor.getByRole('heading', { level: 1, name: '公表資料が見つかりません' })).toBeVisible();
    const res = await visitor.request.get(`/api/v1/public/reports/${PLAN_CODE}/${UNPUBLISHED_YEAR}`);
    expect(res.status()).toBe(404);
    await visitor.context().close();
  });
});

test('the office marks a milestone done and the initiative keeps it', async ({ page }) => {
  await signInByApi(page, 'office');
  const found = await getJson<{ items: { id: number }[] }>(
    page.request,
    `/api/v1/initiatives?q=${encodeURIComponent('主催事業の整理・見直し')}`,
  );
  expect(found.items.length).toBeGreaterThan(0);
  await page.goto(`/initiatives/${found.items[0]!.id}`);
  await waitForContent(page);
  const status = page.getByRole('combobox', { name: '工程「現状の検証」の状況' });
  await status.selectOption('DONE');
  await expect(status).toHaveValue('DONE');
  await page.reload();
  await waitForContent(page);
  await expect(page.getByRole('combobox', { name: '工程「現状の検証」の状況' })).toHaveValue('DONE');
  await expectNoA11yViolations(page);
});
