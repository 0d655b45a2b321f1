import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, getJson, signInByApi } from './support';

/*
 * 加入促進 end to end against the demo city: a liaison records a new apartment building of their district from its
 * notice — it is on their worklist until someone contacts the developer — logs a visit to the developer and records
 * that the management company joined for every unit; the district's profile (校区カルテ) then shows the building with
 * its outcome. The office opens the effect dashboard from the menu and reads the table per district and the stated
 * uncertainty. Axe on every page.
 */

type District = { id: number; name: string; wardName: string };

/** A day in Japan (yyyy-mm-dd), `daysAgo` before today. */
function tokyoDay(daysAgo = 0): string {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** 令和8年12月6日 for 2026-12-06. */
function wareki(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `令和${y - 2018 === 1 ? '元' : y - 2018}年${m}月${d}日`;
}

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

test('a liaison records a new building, logs a contact with the developer and its block join; the district profile shows it', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `（仮称）香椎テスト館 ${stamp}`;
  const noticeNo = `E2E-${stamp}`;
  // notified 40 days ago: past the 30 days in which the developer should have been contacted
  const noticeOn = tokyoDay(40);
  const today = tokyoDay();
  await signInByApi(page, 'liaison');
  const me = await getJson<{ districtIds: number[] }>(page.request, '/api/v1/me');
  const district = await getJson<District>(page.request, `/api/v1/districts/${me.districtIds[0]}`);

  // 校区・団体 → 加入促進: the city's new buildings
  await page.goto('/');
  await settled(page);
  await clickMainNav(page, '加入促進');
  await expect(page.getByRole('heading', { level: 1, name: '加入促進' })).toBeVisible();
  await settled(page);
  const list = page.getByRole('table', { name: '新築集合住宅の一覧' });
  await expect(list.getByRole('link', { name: '（仮称）駅前レジデンス' })).toBeVisible();
  await expect(list).toContainText('一括加入');
  await expect(list).not.toContainText(/BLOCK_JOIN|PENDING|DECLINED/);
  await expectNoA11yViolations(page);

  // 新築集合住宅を登録, in the liaison's first district
  await page.getByRole('link', { name: '新築集合住宅を登録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新築集合住宅の登録' })).toBeVisible();
  await settled(page);
  const form = page.getByRole('form', { name: '新築集合住宅の登録' });
  const districtSelect = form.getByRole('combobox', { name: /^校区/ });
  // a liaison chooses among their own districts only
  await expect(districtSelect.getByRole('option')).toHaveCount(me.districtIds.length + 1);
  await form.getByRole('textbox', { name: /届出番号/ }).fill(noticeNo);
  await form.getByLabel(/届出日/).fill(noticeOn);
  await form.getByRole('textbox', { name: /建物名/ }).fill(name);
  await form.getByRole('textbox', { name: /所在地/ }).fill(`福岡市東区${district.name}1丁目`);
  await districtSelect.selectOption({ label: `${district.name}（${district.wardName}）` });
  const association = form.getByRole('combobox', { name: /加入先の町内会・自治会/ });
  await expect(association.getByRole('option')).not.toHaveCount(1);
  const associationName = (await association.getByRole('option').nth(1).textContent())!.trim();
  await association.selectOption({ index: 1 });
  await form.getByRole('textbox', { name: /戸数/ }).fill('40');
  await form.getByRole('textbox', { name: /事業者/ }).fill('テスト建設株式会社');
  await form.getByRole('textbox', { name: /管理会社/ }).fill('テスト管理株式会社');
  await expectNoA11yViolations(page);
  await form.getByRole('button', { name: '保存' }).click();

  // the building's page: nobody has contacted the developer yet
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('新築集合住宅を保存しました。')).toBeVisible();
  await settled(page);
  const buildingUrl = new URL(page.url()).pathname;
  const main = page.locator('main');
  await expect(fact(main, '届出日')).toHaveText(wareki(noticeOn));
  await expect(fact(main, '戸数')).toHaveText('40戸');
  await expect(fact(main, '加入先の町内会・自治会')).toHaveText(associationName);
  await expect(page.getByTestId('building-outcome')).toContainText('未対応');
  await expect(page.getByText('事業者への働きかけはまだ記録されていません。')).toBeVisible();
  await expectNoA11yViolations(page);

  // on the liaison's worklist, due 30 days after the notice
  await page.goto('/my-districts');
  await settled(page);
  const worklistItem = page.locator('li').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(worklistItem).toContainText('事業者への働きかけがまだの新築集合住宅');
  await expect(worklistItem).not.toContainText('NEW_BUILDING_CONTACT');
  await worklistItem.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await settled(page);

  // 協議を記録: a visit to the developer
  await page.getByRole('button', { name: '協議を記録' }).click();
  const contact = page.getByRole('form', { name: '協議の記録を追加' });
  await expect(contact.getByLabel(/協議日/)).toHaveValue(today);
  await expect(contact.getByRole('textbox', { name: /相手/ })).toHaveValue('テスト建設株式会社');
  await contact.getByRole('combobox', { name: /方法/ }).selectOption({ label: '訪問' });
  await contact.getByRole('textbox', { name: /相手/ }).fill('テスト建設 開発部');
  await contact.getByRole('textbox', { name: /内容/ }).fill('入居者説明会で加入案内を配ることに同意。管理会社で一括加入を検討');
  await expectNoA11yViolations(page);
  await contact.getByRole('button', { name: '協議を保存' }).click();
  await expect(page.getByText('協議を記録しました。')).toBeVisible();
  const timeline = page.getByRole('list', { name: '協議の記録（古い順）' });
  const visit = timeline.getByRole('listitem').first();
  await expect(visit.getByRole('heading', { level: 3 })).toContainText(wareki(today));
  await expect(visit.getByRole('heading', { level: 3 })).toContainText('訪問');
  await expect(fact(visit, '相手')).toHaveText('テスト建設 開発部');
  await expect(fact(visit, '内容')).toHaveText('入居者説明会で加入案内を配ることに同意。管理会社で一括加入を検討');
  await expect(page.getByTestId('building-outcome')).toContainText('協議中');

  // 結果を記録: 一括加入, every unit
  await page.getByRole('button', { name: '結果を記録' }).click();
  const outcome = page.getByRole('form', { name: '協力の結果を記録' });
  await outcome.getByRole('combobox', { name: /協力の結果/ }).selectOption({ label: '一括加入（管理会社が全戸分まとめて加入）' });
  await expect(outcome.getByRole('textbox', { name: /加入戸数/ })).toHaveValue('40');
  await expect(outcome.getByLabel(/結果の日/)).toHaveValue(today);
  await expectNoA11yViolations(page);
  await outcome.getByRole('button', { name: '結果を保存' }).click();
  await expect(page.getByText('協力の結果を記録しました。')).toBeVisible();
  await expect(page.getByTestId('building-outcome')).toContainText('一括加入');
  await expect(page.getByTestId('building-outcome')).toContainText('加入 40戸（全40戸のうち）');
  // the history says it in words
  const history = page.getByRole('region', { name: '変更履歴' });
  await expect(history).toContainText('協力の結果');
  await expect(history).toContainText('一括加入');
  await expect(history).not.toContainText(/BLOCK_JOIN|VISIT\b/);
  await expectNoA11yViolations(page);

  // off the worklist now that the developer was contacted
  await page.goto('/my-districts');
  await settled(page);
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);

  // 校区カルテ: the district's 加入促進 shows the building with its latest contact and outcome
  await page.goto(`/districts/${district.id}`);
  await expect(page.getByRole('heading', { level: 1, name: district.name })).toBeVisible();
  await settled(page);
  const section = page.getByRole('region', { name: '加入促進', exact: true });
  const buildings = section.getByRole('table', { name: 'この校区の新築集合住宅' });
  const row = buildings.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toContainText('40戸');
  await expect(row).toContainText(wareki(today));
  await expect(row).toContainText('一括加入');
  await expect(section.getByTestId('profile-units-joined')).toContainText('新築集合住宅で加入した戸数');
  await expectNoA11yViolations(page);
  await row.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(buildingUrl);
});

test('the office reads the effect: the rate per district beside the measures, and the uncertainty in words', async ({ page }) => {
  test.setTimeout(90_000);
  await signInByApi(page, 'office');
  await page.goto('/');
  await settled(page);
  await clickMainNav(page, '加入促進');
  await expect(page.getByRole('heading', { level: 1, name: '加入促進' })).toBeVisible();
  await settled(page);
  await page.getByRole('navigation', { name: '加入促進の項目' }).getByRole('link', { name: '効果' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '効果' })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('navigation', { name: '加入促進の項目' }).getByRole('link', { name: '効果' })).toHaveAttribute('aria-current', 'page');

  // this fiscal year by default, in 令和
  const year = page.getByRole('combobox', { name: '年度' });
  await expect(year.locator('option:checked')).toHaveText(/^令和(\d+|元)年度$/);

  // the table per district: the rate of both years, the change in points, the measures
  const table = page.getByRole('table', { name: '校区ごとの加入率と取り組み' });
  await expect(table.getByRole('columnheader', { name: /加入率（令和\d+年度 → 令和\d+年度）/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '働きかけた戸数' })).toBeVisible();
  const rows = table.getByRole('row');
  const all = await rows.count();
  expect(all).toBeGreaterThan(10);
  await expect(table).toContainText(/\d+\.\d% → \d+\.\d%/);
  await expect(table).toContainText(/[+−±]\d+\.\dポイント/);

  // each measure compared, with what may and may not be concluded
  const measures = page.getByRole('region', { name: 'どの取り組みが加入率を動かしたか' });
  await expect(measures.getByRole('region', { name: '新築集合住宅の加入（加入戸数があった校区）' })).toContainText('95%');
  await expect(measures).toContainText(/校区の数が少なく、判断できません。|差は偶然の範囲内の可能性があります。|差は偶然だけでは説明しにくい大きさです。/);
  await expect(page.getByTestId('effect-caveat')).toContainText('原因であることを示すものではありません');
  await expect(page.locator('main')).not.toContainText(/BUILDINGS_JOINED|INCORPORATION|BLOCK_JOIN/);

  // per ward: leaflets and welcome packs beside the rate
  const wards = page.getByRole('table', { name: '区ごとのチラシ・ウェルカムパックと加入率' });
  await expect(wards).toContainText('部');
  await expectNoA11yViolations(page);

  // only the districts where something was done
  await page.getByRole('checkbox', { name: '取り組みのあった校区だけ表示' }).check();
  await expect.poll(() => rows.count()).toBeLessThan(all);
  await expect(table).toContainText('戸');
  await expectNoA11yViolations(page);
});
