import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, fiscalYearLabel, getJson, signInByApi } from './support';

/*
 * 市の支援策 end to end against the demo city (#13): the office reads this year's operating-subsidy cases computed from
 * the registry and opens one to check its computation; a liaison records the inspection of a street-light case and
 * is never offered a decision; the office corrects a decided amount, which takes a reason; anyone reads the
 * catalogue's matrix and the granted amounts without signing in; the office exports the catalogue and imports
 * applications collected on paper, checked row by row first. Axe on every page.
 */

const OPERATING = '校区コミュニティ組織運営費補助';
const LIGHTS = '防犯灯設置費補助';

type Items<T> = { items: T[]; total: number };
type GrantCase = {
  id: number;
  programId: number;
  programName: string;
  fiscalYear: number;
  organizationName: string;
  status: string;
  households?: number;
  memberHouseholds?: number;
  population?: number;
  computedYen?: number;
  decidedYen?: number;
  paidYen: number;
  units: Record<string, number>;
};

/** Today in Japan, as the app's days are (yyyy-mm-dd), and its fiscal year (April–March). */
function tokyoToday(): { iso: string; fiscalYear: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  return { iso: `${parts.year}-${parts.month}-${parts.day}`, fiscalYear: Number(parts.month) >= 4 ? year : year - 1 };
}

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
const count = (n: number) => n.toLocaleString('ja-JP');

async function settled(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0);
}

/** The value of a term in a facts list (`<dt>label</dt><dd>value</dd>`). */
function fact(scope: Locator, label: string): Locator {
  return scope
    .locator('dl > div')
    .filter({ has: scope.page().locator('dt').getByText(label, { exact: true }) })
    .locator('dd');
}

/** The cases of this year's program the caller sees, by the program's name. */
async function casesOf(page: Page, programName: string): Promise<GrantCase[]> {
  const { fiscalYear } = tokyoToday();
  const all = await getJson<Items<GrantCase>>(page.request, `/api/v1/grant-cases?fiscalYear=${fiscalYear}&size=200`);
  return all.items.filter((c) => c.programName === programName);
}

/** Decided operating-subsidy cases decided as computed, by organization name: test (a) reads the first, (c) corrects the last. */
async function decidedAsComputed(page: Page): Promise<GrantCase[]> {
  const cases = await casesOf(page, OPERATING);
  return cases
    .filter((c) => c.status === 'DECIDED' && c.computedYen !== undefined && c.decidedYen === c.computedYen)
    .sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'ja'));
}

test('the office opens this year’s operating-subsidy cases, computed from the registry', async ({ page }) => {
  test.setTimeout(120_000);
  const { fiscalYear } = tokyoToday();
  await signInByApi(page, 'office');
  await page.goto('/');
  await settled(page);

  // 計画・支援 → 支援策: this year's edition as the printed matrix
  await clickMainNav(page, '支援策');
  await expect(page.getByRole('heading', { level: 1, name: '支援策一覧' })).toBeVisible();
  await settled(page);
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue(String(fiscalYear));
  const matrix = page.getByRole('table', { name: `${fiscalYearLabel(fiscalYear)}版` });
  await expect(matrix.getByRole('columnheader', { name: '財政支援' })).toBeVisible();
  await expectNoA11yViolations(page);

  await matrix.getByRole('link', { name: OPERATING }).click();
  await expect(page.getByRole('heading', { level: 1, name: OPERATING })).toBeVisible();
  await settled(page);
  await expect(fact(page.locator('main'), '年度')).toHaveText(fiscalYearLabel(fiscalYear));
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: '交付案件', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${OPERATING}の交付案件` })).toBeVisible();
  await settled(page);
  const programId = Number(/\/support\/programs\/(\d+)\/cases/.exec(page.url())?.[1]);
  expect(programId).toBeGreaterThan(0);

  // 予算執行状況: the program's totals, in yen, with the councils still to submit their plan
  const figures = page.getByRole('region', { name: '予算執行状況' });
  await expect(fact(figures, '算定額の合計')).toHaveText(/^[\d,]+円$/);
  await expect(fact(figures, '交付決定額の合計')).toContainText(/[\d,]+円/);
  await expect(fact(figures, '支払済額の合計')).toHaveText(/^[\d,]+円$/);
  await expect(fact(figures, '未提出（事業計画待ち）')).toHaveText('2件');

  // the cases: every district council, its computed amount and its status in words
  const all = await getJson<Items<GrantCase>>(page.request, `/api/v1/grant-cases?programId=${programId}&size=200&sort=organization`);
  expect(all.total, 'a case for every district council').toBeGreaterThan(10);
  const table = page.getByRole('table', { name: '交付案件' });
  await expect(table.getByRole('rowheader')).toHaveCount(Math.min(all.total, 20));
  for (const c of all.items.slice(0, 3)) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: c.organizationName, exact: true }) });
    await expect(row).toContainText(yen(c.computedYen!));
  }
  await expect(table.getByText('交付決定', { exact: true }).first()).toBeVisible();
  await expect(table.getByText('事業計画待ち', { exact: true })).toHaveCount(2);
  await expect(table).not.toContainText(/DECIDED|AWAITING_PLAN|PLAN_RECEIVED/);
  await expectNoA11yViolations(page);

  // one council's case: the steps of the computation and the registry's figures it used
  const c = (await decidedAsComputed(page))[0]!;
  await table.getByRole('link', { name: c.organizationName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${c.organizationName}（${OPERATING}）` })).toBeVisible();
  await settled(page);
  const steps = page.getByRole('list', { name: '交付の流れ' });
  await expect(steps.locator('[aria-current="step"]')).toContainText('交付決定');
  const computation = page.getByRole('region', { name: '算定', exact: true });
  await expect(fact(computation, '加入世帯数')).toHaveText(`${count(c.memberHouseholds!)}世帯`);
  await expect(fact(computation, '世帯数')).toHaveText(`${count(c.households!)}世帯`);
  await expect(fact(computation, '人口')).toHaveText(`${count(c.population!)}人`);
  await expect(fact(computation, '算定額')).toHaveText(yen(c.computedYen!));
  const lines = computation.getByRole('list', { name: '算定の内訳' }).getByRole('listitem');
  await expect(lines.first()).toHaveText('均等割 200,000円');
  await expect(lines.nth(1)).toHaveText(`加入世帯 ${count(c.memberHouseholds!)}世帯 × 300円 = ${yen(c.memberHouseholds! * 300)}`);
  await expect(lines.last()).toContainText(yen(c.computedYen!));
  await expect(fact(page.getByRole('region', { name: '交付決定', exact: true }), '交付決定額')).toHaveText(yen(c.decidedYen!));
  await expectNoA11yViolations(page);
});

test('a liaison records the inspection of a street-light case and is never offered a decision', async ({ page }) => {
  test.setTimeout(120_000);
  const { iso: today } = tokyoToday();
  const findings = `12灯のうち1灯の向きが道路から外れている ${Date.now()}`;
  const corrections = '向きを直した写真を額の確定までに提出すること';
  await signInByApi(page, 'liaison');

  // The case waiting for its inspection: the demo's reported street-light case, or else a decided one of the
  // liaison's districts whose results report is recorded here first (as the liaison may).
  const lights = await casesOf(page, LIGHTS);
  let target = lights.find((c) => c.status === 'REPORTED') ?? lights.find((c) => c.status === 'DECIDED');
  expect(target, 'the liaison has a street-light case waiting for (or reaching) its inspection').toBeDefined();
  if (target!.status === 'DECIDED') {
    const current = await page.request.get(`/api/v1/grant-cases/${target!.id}`);
    const res = await page.request.put(`/api/v1/grant-cases/${target!.id}/report`, {
      headers: { 'If-Match': current.headers()['etag']! },
      data: { on: today, units: target!.units },
    });
    expect(res.status(), 'the results report is recorded').toBe(200);
    target = (await res.json()) as GrantCase;
  }
  const org = target!.organizationName;

  await page.goto('/');
  await settled(page);
  await clickMainNav(page, '補助金・委託');
  await expect(page.getByRole('heading', { level: 1, name: '補助金・委託' })).toBeVisible();
  await settled(page);
  await expectNoA11yViolations(page);

  // 検査待ち: the reported cases of the liaison's districts
  // (the box follows the address, which changes after the click)
  await page.getByRole('checkbox', { name: '検査待ち' }).click();
  await expect(page).toHaveURL(/inspectionDue=true/);
  await expect(page.getByRole('checkbox', { name: '検査待ち' })).toBeChecked();
  const table = page.getByRole('table', { name: '交付案件' });
  const row = table.getByRole('row').filter({ hasText: org }).filter({ hasText: LIGHTS });
  await expect(row).toContainText('実績報告受付');
  await row.getByRole('link', { name: new RegExp(`^${org}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${org}（${LIGHTS}）` })).toBeVisible();
  await settled(page);
  const steps = page.getByRole('list', { name: '交付の流れ' });
  await expect(steps.locator('[aria-current="step"]')).toContainText('実績報告受付');
  const actions = page.getByRole('group', { name: 'この案件の手続き' });
  await expect(actions.getByRole('button', { name: '実地検査を記録' })).toBeVisible();
  await expect(page.getByRole('button', { name: /交付決定|額の確定|額を確定|支払/ })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // 実地検査: the day, the findings and what is to be corrected
  await actions.getByRole('button', { name: '実地検査を記録' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '実地検査を記録' })).toBeVisible();
  await page.getByLabel('実地検査日').fill(today);
  await page.getByLabel('所見').fill(findings);
  await page.getByLabel('是正・指導事項').fill(corrections);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '実地検査を記録する' }).click();

  await expect(page.getByText('実地検査を記録しました。')).toBeVisible();
  await expect(steps.locator('[aria-current="step"]')).toContainText('実地検査済');
  await expect(fact(page.getByRole('region', { name: '案件の概要' }), '状況')).toHaveText('実地検査済');
  const report = page.getByRole('region', { name: '実績報告・実地検査' });
  await expect(fact(report, '所見')).toHaveText(findings);
  await expect(fact(report, '是正・指導事項')).toHaveText(corrections);
  // the history names the step in words
  const history = page.getByRole('region', { name: '変更履歴' });
  await expect(history.getByRole('rowheader', { name: '所見' }).first()).toBeVisible();
  await expect(history).not.toContainText(/INSPECTED|REPORTED|findings/);
  // units by the rule's names (LED化 12, 取替 4), never by their keys
  await expect(history).not.toContainText(/\b(NEW|REPLACE|LED) \d/);
  // the amounts stay with the office: no decision, settlement or payment to take
  await expect(page.getByRole('button', { name: /交付決定|額の確定|額を確定|支払/ })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // nor on an application waiting for its decision, nor on the program's cases
  const applied = (await casesOf(page, LIGHTS)).find((c) => c.status === 'APPLIED');
  if (applied) {
    await page.goto(`/grant-cases/${applied.id}`);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: `${applied.organizationName}（${LIGHTS}）` })).toBeVisible();
    await expect(page.getByRole('button', { name: '申請内容を訂正する' })).toBeVisible();
    await expect(page.getByRole('button', { name: /交付決定/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /交付決定$/, level: 2 })).toBeVisible(); // the section, read only
    await expect(page.getByText('まだ交付決定されていません。')).toBeVisible();
  }
  await page.goto(`/support/programs/${target!.programId}/cases`);
  await settled(page);
  await expect(page.getByRole('table', { name: '交付案件' })).toBeVisible();
  await expect(page.getByRole('button', { name: /一括決定|年度を開始/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '予算執行状況' })).toHaveCount(0);
  await expectNoA11yViolations(page);
});

test('the office corrects a decided amount, which takes a reason (変更交付決定)', async ({ page }) => {
  test.setTimeout(120_000);
  await signInByApi(page, 'office');
  const c = (await decidedAsComputed(page)).at(-1)!;
  expect(c.paidYen, 'half paid').toBeGreaterThan(0);
  const corrected = c.decidedYen! - 12_000;
  const reason = `加入世帯数調書の重複世帯を除いて再算定（${Date.now()}）`;

  await page.goto(`/grant-cases/${c.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `${c.organizationName}（${OPERATING}）` })).toBeVisible();
  await settled(page);
  const decision = page.getByRole('region', { name: '交付決定', exact: true });
  await expect(fact(decision, '交付決定額')).toHaveText(yen(c.decidedYen!));

  await page.getByRole('button', { name: '変更交付決定（決定の訂正）' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '変更交付決定（決定の訂正）' })).toBeVisible();
  await expect(page.getByText(`算定額: ${yen(c.computedYen!)}`)).toBeVisible();
  const amount = page.getByLabel('交付決定額（円）');
  await expect(amount).toHaveValue(String(c.decidedYen));
  await expectNoA11yViolations(page);

  // another amount without a reason: refused on the page, nothing saved
  await amount.fill(String(corrected));
  await page.getByLabel('算定額と異なる理由').fill('');
  await page.getByRole('button', { name: '変更交付決定する' }).click();
  await expect(page.getByText('算定額と異なる金額にするときは、理由を入力してください。').first()).toBeVisible();
  await expect(page.getByLabel('算定額と異なる理由')).toHaveAttribute('aria-invalid', 'true');
  await expect(fact(decision, '交付決定額')).toHaveText(yen(c.decidedYen!));
  await expectNoA11yViolations(page);
  const unchanged = await getJson<GrantCase>(page.request, `/api/v1/grant-cases/${c.id}`);
  expect(unchanged.decidedYen).toBe(c.decidedYen);

  // with a reason it is saved: the amount, the reason, and the history's entry
  await page.getByLabel('算定額と異なる理由').fill(reason);
  await page.getByRole('button', { name: '変更交付決定する' }).click();
  await expect(page.getByText('変更交付決定しました。')).toBeVisible();
  await expect(fact(decision, '交付決定額')).toHaveText(yen(corrected));
  await expect(fact(decision, '算定額と異なる理由')).toHaveText(reason);
  await expect(fact(page.getByRole('region', { name: '支払' }), '未払額（交付決定額 − 支払済額）')).toHaveText(yen(corrected - c.paidYen));
  const history = page.getByRole('region', { name: '変更履歴' });
  const change = history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '交付決定額' }) }).first();
  await expect(change.locator('del')).toHaveText(yen(c.decidedYen!));
  await expect(change.locator('ins')).toHaveText(yen(corrected));
  await expect(history.getByRole('row').filter({ hasText: '算定額と異なる理由' }).first()).toContainText(reason);
  await expectNoA11yViolations(page);
});

test('anyone reads the catalogue matrix and the granted amounts without signing in', async ({ page }) => {
  test.setTimeout(120_000);
  const { fiscalYear } = tokyoToday();
  const year = fiscalYearLabel(fiscalYear);
  await page.goto('/public');
  await expect(page.getByRole('heading', { level: 1, name: '公表資料' })).toBeVisible();
  await settled(page);
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: '市の基本施策に対応する事業一覧（今年度版）' }).click();
  const title = `市の基本施策に対応する事業一覧（${year}版）`;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await settled(page);
  const matrix = page.getByRole('table', { name: title });
  await expect(matrix.getByRole('columnheader')).toHaveText([
    '実施主体',
    '人材育成',
    '広報支援',
    '情報提供',
    '場の提供',
    '連携・交流',
    '財政支援',
    'その他',
  ]);
  // sections as rows, programs in their columns' cells (防犯灯 under 財政支援, the sixth)
  await expect(matrix.getByRole('rowheader', { name: /^地域コミュニティ課/ })).toBeVisible();
  const lightsRow = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^防犯・交通安全課/ }) });
  await expect(lightsRow.getByRole('cell').nth(5).getByRole('link', { name: LIGHTS })).toBeVisible();
  const community = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^地域コミュニティ課/ }) });
  await expect(community.getByRole('cell').nth(5).getByRole('link', { name: OPERATING })).toBeVisible();
  // the seven columns fit an office screen: no column hides behind a sideways scroll
  await expect(page.getByText('表は横にスクロールできます。')).toHaveCount(0);
  await expectNoA11yViolations(page);

  // 交付決定額の公表: organizations and their decided amounts, and the same as CSV
  await page.getByRole('link', { name: `交付決定額の公表（${year}）` }).click();
  const grantsTitle = `交付決定額の公表 ${year}`;
  await expect(page.getByRole('heading', { level: 1, name: grantsTitle })).toBeVisible();
  await settled(page);
  const grants = page.getByRole('table', { name: grantsTitle });
  const first = grants.getByRole('row').nth(1);
  await expect(first.getByRole('rowheader')).toHaveText(/\S+/);
  await expect(first).toContainText(/[\d,]+円/);
  await expect(grants.getByRole('cell', { name: OPERATING }).first()).toBeVisible();
  const csv = page.getByRole('link', { name: 'CSV でダウンロード' });
  await expect(csv).toHaveAttribute('href', `/api/v1/public/grants/${fiscalYear}/csv`);
  const file = await page.request.get(`/api/v1/public/grants/${fiscalYear}/csv`);
  expect(file.ok()).toBe(true);
  expect(file.headers()['content-type']).toContain('text/csv');
  expect(await file.text()).toContain(OPERATING);
  await expectNoA11yViolations(page);

  // on a phone the matrix reads as a list per section, and no page scrolls sideways
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [`/public/support/${fiscalYear}`, `/public/support/${fiscalYear}/grants`, `/public/support/${fiscalYear}/print`]) {
    await page.goto(path);
    await settled(page);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
    await expectNoA11yViolations(page);
  }
  await page.goto(`/public/support/${fiscalYear}`);
  await settled(page);
  const section = page.getByRole('region', { name: /^防犯・交通安全課/ });
  await expect(section.getByRole('link', { name: LIGHTS })).toBeVisible();
  await expect(section).toContainText('財政支援');
});

/** A CSV as the export writes it (RFC 4180: quoted fields may hold commas, quotes and line ends), as rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Rows back into a CSV as Excel users save it: UTF-8 with a byte order mark, CRLF. */
function toCsv(rows: string[][]): Buffer {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from(`\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8');
}

test('the office exports the catalogue as Excel and imports applications collected on paper, checked row by row first', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { fiscalYear, iso: today } = tokyoToday();
  await signInByApi(page, 'office');

  // 支援策一覧: this year's edition as an Excel file, as its printed matrix reads
  await page.goto(`/support?fy=${fiscalYear}`);
  await expect(page.getByRole('heading', { level: 1, name: '支援策一覧' })).toBeVisible();
  await settled(page);
  const [workbook] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '支援策一覧を出力: Excel' }).click(),
  ]);
  expect(workbook.suggestedFilename()).toMatch(/^support-programs-\d{8}\.xlsx$/);
  expect((await readFile(await workbook.path())).subarray(0, 2).toString('latin1'), 'an .xlsx is a zip').toBe('PK');
  await expect(page.getByRole('link', { name: '支援策一覧を取り込む' })).toHaveAttribute('href', '/import?dataset=support-programs');
  await expectNoA11yViolations(page);

  // 防犯灯設置費補助 (no business plan): the year opened, every eligible association has a case, most not applied yet
  const matrix = page.getByRole('table', { name: `${fiscalYearLabel(fiscalYear)}版` });
  await matrix.getByRole('link', { name: LIGHTS }).click();
  await expect(page.getByRole('heading', { level: 1, name: LIGHTS })).toBeVisible();
  await page.getByRole('link', { name: '交付案件', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${LIGHTS}の交付案件` })).toBeVisible();
  await settled(page);
  const programId = Number(/\/support\/programs\/(\d+)\/cases/.exec(page.url())?.[1]);
  await page.getByRole('button', { name: '年度を開始（対象団体の案件を作成）' }).click();
  await expect(page.getByText('年度を開始しました。')).toBeVisible();
  const cases = page.getByRole('region', { name: '交付案件', exact: true });
  await expect(cases.getByRole('group', { name: '交付案件を出力' })).toBeVisible();

  // the program's cases as the export writes them; one association that has not applied yet
  const exported = await page.request.get(`/api/v1/exports/grant-cases?programId=${programId}&format=csv`);
  expect(exported.ok()).toBe(true);
  const [header, ...rows] = parseCsv((await exported.text()).replace(/^\uFEFF/, ''));
  expect(header).toEqual(expect.arrayContaining(['programId', 'organizationCode', 'status', 'appliedOn', 'units', 'version']));
  const col = (name: string) => header!.indexOf(name);
  const waiting = rows.find((r) => r[col('status')] === 'AWAITING_PLAN' && r[col('appliedOn')] === '');
  expect(waiting, 'an association of the program that has not applied').toBeDefined();
  const code = waiting![col('organizationCode')]!;
  const organization = waiting![col('organizationName')]!;
  const applying = (units: string) => {
    const r = [...waiting!];
    r[col('appliedOn')] = today;
    r[col('units')] = units;
    return toCsv([header!, r]);
  };

  // the import page, from the cases' link, with the data set chosen
  await cases.getByRole('link', { name: '申請・実績報告を取り込む' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'データ取込' })).toBeVisible();
  const dataset = page.getByRole('radio', { name: '申請・実績報告（補助金・委託）' });
  await expect(dataset).toBeChecked();
  await expect(dataset).toHaveAccessibleDescription(/交付案件に記録します/);
  const fileInput = page.getByLabel('取り込むファイル（申請・実績報告（補助金・委託））');

  // 1. a unit the program's rule does not price: refused by row and column, nothing recorded
  await fileInput.setInputFiles({ name: 'applications.csv', mimeType: 'text/csv', buffer: applying('BULB=3') });
  await page.getByRole('button', { name: '変更内容を確認' }).click();
  await expect(page.getByRole('alert')).toContainText('ファイルに 1 件のエラーがあります（1 行）');
  const errorRow = page.getByRole('table', { name: /エラー一覧/ }).getByRole('row', { name: /^2 / });
  await expect(errorRow).toContainText('数量');
  await expect(errorRow).toContainText('この支援策の算定方法にない項目の数量です。');
  await expect(page.getByRole('button', { name: 'この内容で取り込む' })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // 2. corrected: the check shows the application to record, then the import records it
  await fileInput.setInputFiles({ name: 'applications-fixed.csv', mimeType: 'text/csv', buffer: applying('LED=2') });
  await page.getByRole('button', { name: '変更内容を確認' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'エラーはありません' })).toBeVisible();
  await expect(page.getByTestId('count-updated')).toHaveText('1');
  const change = page.getByRole('table', { name: /変更される行/ }).getByRole('row', { name: new RegExp(`${programId}/${code}`) });
  await expect(change).toContainText('申請受付日');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'この内容で取り込む' }).click();
  await expect(page.getByRole('heading', { name: '取り込みが完了しました' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '更新 1 件' })).toBeVisible();
  await expectNoA11yViolations(page);

  // the case took the step as if recorded on its page: applied today, two LED lights, the amount computed
  const after = await getJson<Items<GrantCase & { appliedOn?: string }>>(
    page.request,
    `/api/v1/grant-cases?programId=${programId}&size=200`,
  );
  const applied = after.items.find((c) => c.organizationName === organization)!;
  expect(applied.status).toBe('APPLIED');
  expect(applied.appliedOn).toBe(today);
  expect(applied.units).toEqual({ LED: 2 });
  expect(applied.computedYen).toBe(25_000);
});
