import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, findDistrict, getJson, signInByApi } from './support';

/*
 * 研修・説明会, 施設 and 書類 end to end against the demo city: the office adds a training and a liaison records their
 * district's registrations and attendance, which the event's totals then count; a district's profile lists its
 * facilities and the office adds a repair paid by a subsidy; a liaison keeps a document with a grant case's
 * application step and downloads it. Axe on every page.
 */

type Items<T> = { items: T[]; total: number };

/** Today in Japan (yyyy-mm-dd), as the app's days are. */
function tokyoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** 令和8年12月6日 for 2026-12-06. */
function wareki(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `令和${y - 2018 === 1 ? '元' : y - 2018}年${m}月${d}日`;
}

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;

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

test('the office adds a training; a liaison records their district’s attendance and the totals count it', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `地域デビュー講座 ${Date.now()}`;
  const today = tokyoToday();
  await signInByApi(page, 'office');
  await page.goto('/');
  await settled(page);

  // 計画・支援 → 研修・説明会: this year's events of the demo city
  await clickMainNav(page, '研修・説明会');
  await expect(page.getByRole('heading', { level: 1, name: '研修・説明会' })).toBeVisible();
  await settled(page);
  const list = page.getByRole('table', { name: '研修・説明会の一覧' });
  await expect(list.getByRole('link', { name: /補助金等説明会/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /校区事務局職員研修/ })).toBeVisible();
  await expect(list).toContainText('説明会');
  await expect(list).not.toContainText(/BRIEFING|TRAINING|FORUM/);
  await expectNoA11yViolations(page);

  // 研修・説明会を登録
  await page.getByRole('link', { name: '研修・説明会を登録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '研修・説明会の登録' })).toBeVisible();
  await settled(page);
  const form = page.getByRole('form', { name: '研修・説明会の登録' });
  await form.getByRole('textbox', { name: /名称/ }).fill(title);
  await form.getByRole('combobox', { name: /種類/ }).selectOption({ label: '研修' });
  await form.getByLabel(/開催日/).fill(today);
  await form.getByLabel('開始時刻').fill('10:00');
  await form.getByLabel('終了時刻').fill('12:00');
  await form.getByRole('textbox', { name: '会場' }).fill('市民センター 第2研修室');
  await form.getByRole('combobox', { name: /主催課/ }).selectOption({ label: '地域コミュニティ課' });
  await form.getByRole('textbox', { name: /定員/ }).fill('40');
  await expectNoA11yViolations(page);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('研修・説明会を保存しました。')).toBeVisible();
  await settled(page);
  const eventUrl = new URL(page.url()).pathname;
  await expect(fact(page.locator('main'), '開催日')).toHaveText(`${wareki(today)} 10:00〜12:00`);
  await expect(fact(page.locator('main'), '種類')).toHaveText('研修');
  await expect(page.getByText('申込・出席はまだ記録されていません。')).toBeVisible();
  await expectNoA11yViolations(page);

  // a liaison of 香椎東 records its registrations and attendance
  await page.context().clearCookies();
  await signInByApi(page, 'liaison');
  const district = await findDistrict(page.request, 'かしいひがし');
  await page.goto(eventUrl);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('link', { name: '編集' })).toHaveCount(0);
  const record = page.getByRole('region', { name: '申込・出席の記録' });
  await record.getByRole('combobox', { name: '記録する校区' }).selectOption({ label: `${district.name}（${district.wardName}）` });
  const attendance = record.getByRole('form', { name: `${district.name}校区の申込・出席` });
  // each row repeats its fields: their names say which row (read after the visible label)
  await attendance.getByRole('textbox', { name: /^申込者数\s?（1行目）$/ }).fill('4');
  await attendance.getByRole('textbox', { name: /^出席者数\s?（1行目）$/ }).fill('3');
  await expect(attendance.getByText('この校区の合計: 申込 4人・出席 3人')).toBeVisible();
  await expectNoA11yViolations(page);
  await attendance.getByRole('button', { name: '申込・出席を保存' }).click();
  await expect(page.getByText(`${district.name}校区の申込・出席を保存しました。`)).toBeVisible();

  // the totals count it, and the table by district shows it
  await expect(page.getByTestId('event-registered')).toHaveText('4人');
  await expect(page.getByTestId('event-attended')).toHaveText('3人');
  await expect(page.getByTestId('event-districts')).toHaveText('1校区');
  const table = page.getByRole('table', { name: '校区ごとの申込者数・出席者数' });
  // the row names the district, its ward under it
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${district.name}\\s*${district.wardName}$`) }) });
  await expect(row).toContainText('校区全体');
  await expect(row).toContainText('4');
  await expect(row).toContainText('3');
  await expectNoA11yViolations(page);

  // the list of the year counts it too
  await page.goto('/support-events');
  await settled(page);
  const listed = page.getByRole('table', { name: '研修・説明会の一覧' }).getByRole('row', { name: new RegExp(title) });
  await expect(listed).toContainText('4人 / 3人');
  await expect(listed).toContainText('1校区');
});

test('a district’s profile lists its facilities; the office adds a repair paid by a subsidy', async ({ page }) => {
  test.setTimeout(120_000);
  const today = tokyoToday();
  const repair = `集会室の床張替え ${Date.now()}`;
  await signInByApi(page, 'office');
  // the first district of the demo city: its community centre, a 公民館 and a 集会所
  const districts = await getJson<Items<{ id: number; name: string }>>(page.request, '/api/v1/districts?size=1&sort=code');
  const district = districts.items[0]!;
  const facilities = await getJson<Items<{ id: number; name: string; kind: string; subsidyTotalYen: number }>>(
    page.request,
    `/api/v1/facilities?districtId=${district.id}`,
  );
  const centre = facilities.items.find((f) => f.kind === 'COMMUNITY_CENTER')!;
  expect(facilities.items.map((f) => f.kind).sort()).toEqual(['COMMUNITY_CENTER', 'KOMINKAN', 'MEETING_HALL']);

  await page.goto(`/districts/${district.id}`);
  await expect(page.getByRole('heading', { level: 1, name: district.name })).toBeVisible();
  await settled(page);
  const section = page.getByRole('region', { name: '施設', exact: true });
  const table = section.getByRole('table', { name: '施設' });
  for (const f of facilities.items) await expect(table.getByRole('link', { name: f.name, exact: true })).toBeVisible();
  await expect(table).toContainText('公民館');
  await expect(table).toContainText('集会所');
  await expectNoA11yViolations(page);

  // the centre: its rooms and the repair the building subsidy paid for
  await table.getByRole('link', { name: centre.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: centre.name })).toBeVisible();
  await settled(page);
  const works = page.getByRole('table', { name: '建設・修繕の履歴' });
  const paid = works.getByRole('row').filter({ hasText: '屋根防水改修' });
  await expect(paid).toContainText('修繕');
  await expect(paid.getByRole('link', { name: '校区コミュニティセンター等建築費補助' })).toBeVisible();
  await expect(paid).toContainText('4,200,000円');
  await expect(paid).toContainText('2,100,000円');
  await expect(page.getByTestId('facility-subsidy-total')).toHaveText(yen(centre.subsidyTotalYen));
  await expect(page.getByRole('table', { name: '部屋' })).toContainText('大会議室');
  await expectNoA11yViolations(page);

  // 編集: a repair of today, half of it paid by this year's building subsidy
  await page.getByRole('link', { name: '編集' }).click();
  const form = page.getByRole('form', { name: `${centre.name}の編集` });
  await expect(form).toBeVisible();
  await settled(page);
  await form.getByRole('button', { name: '工事を追加' }).click();
  const work = form.getByRole('group', { name: /^工事\d+$/ }).last();
  await work.getByLabel(/完了日/).fill(today);
  await work.getByRole('combobox', { name: /区分/ }).selectOption({ label: '修繕' });
  await work.getByRole('textbox', { name: /内容/ }).fill(repair);
  await work.getByRole('textbox', { name: /工事費/ }).fill('1,200,000');
  const fy = Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  await work.getByRole('combobox', { name: /補助金/ }).selectOption({ label: `校区コミュニティセンター等建築費補助（令和${fy - 2018}年度）` });
  await work.getByRole('textbox', { name: /補助額/ }).fill('600000');
  await expectNoA11yViolations(page);
  await form.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: centre.name })).toBeVisible();
  await expect(page.getByText('施設を保存しました。')).toBeVisible();
  await settled(page);
  const added = page.getByRole('table', { name: '建設・修繕の履歴' }).getByRole('row').filter({ hasText: repair });
  await expect(added).toContainText(wareki(today));
  await expect(added).toContainText('1,200,000円');
  await expect(added).toContainText('600,000円');
  await expect(page.getByTestId('facility-subsidy-total')).toHaveText(yen(centre.subsidyTotalYen + 600_000));
  // the history says it in words
  await expect(page.getByTestId('history')).toContainText(`${wareki(today)} 修繕 ${repair}`);
  await expect(page.getByTestId('history')).not.toContainText(/REPAIR|program \d/);
  await expectNoA11yViolations(page);
});

test('a liaison keeps a document with a grant case’s application and downloads it', async ({ page }) => {
  test.setTimeout(120_000);
  const filename = `交付申請書-${Date.now()}.pdf`;
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  await signInByApi(page, 'liaison');
  type Case = { id: number; status: string; organizationName: string; programName: string; permissions: { canPrepare: boolean } };
  const cases = await getJson<Items<Case>>(page.request, '/api/v1/grant-cases?size=200');
  const c = cases.items.find((x) => x.status === 'APPLIED' && x.permissions.canPrepare) ?? cases.items.find((x) => x.permissions.canPrepare)!;

  await page.goto(`/grant-cases/${c.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `${c.organizationName}（${c.programName}）` })).toBeVisible();
  await settled(page);
  const documents = page.getByRole('region', { name: '書類' });
  const form = documents.getByRole('form', { name: '書類を追加' });
  await form.getByRole('combobox', { name: '手続き' }).selectOption({ label: '交付申請' });
  await form.getByLabel('ファイル').setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: pdf });
  await form.getByRole('button', { name: '登録する' }).click();
  await expect(form.getByText(`「${filename}」を登録しました。`)).toBeVisible();

  const row = documents.getByRole('table', { name: '書類' }).getByRole('row').filter({ hasText: filename });
  await expect(row).toContainText('交付申請');
  await expect(row).toContainText('liaison');
  await expectNoA11yViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: filename }).click()]);
  expect(download.suggestedFilename()).toBe(filename);
  const saved = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(saved)).equals(pdf)).toBe(true);

  // the case's history names the document and its step in words
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText(filename);
  await expect(page.getByRole('region', { name: '変更履歴' })).not.toContainText('APPLICATION');
});
