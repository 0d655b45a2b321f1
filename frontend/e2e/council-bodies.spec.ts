import { expect, test, type Page } from '@playwright/test';
import { clickMainNav, expectNoA11yViolations, getJson, signInByApi } from './support';

/*
 * 会議体と構成員 end to end against the demo city: the office sets up a body of its own (a board of three directors and a
 * representative of each district), adds its members and sees the vacancies on the body's page, in the list and in
 * 事務局のやること; records a meeting of the body and its attendance, the quorum falling short and then met once a
 * proxy counts; a liaison finds the body's empty district seats in their worklist, in words. Axe on every page.
 */

type Items<T> = { items: T[]; total: number };

/** Today in Japan (yyyy-mm-dd), as the app's days are. */
function tokyoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function settled(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0);
}

test('the office sets up a body with seats and members, sees its vacancies and records a meeting’s attendance and quorum', async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const bodyName = `協働推進理事会${stamp}`;
  const directors = [`理事 一郎${stamp % 1000}`, `理事 二郎${stamp % 1000}`];
  const representative = `代表 花子${stamp % 1000}`;
  const meetingTitle = `${bodyName} 臨時会`;
  await signInByApi(page, 'office');
  // the district the representative stands for: the first of the city; a liaison's own districts stay without one
  const liaisonDistricts = new Set(
    (await getJson<{ liaisons: { districts: { district: { id: number } }[] }[] }>(page.request, '/api/v1/liaison-coverage')).liaisons.flatMap(
      (l) => l.districts.map((d) => d.district.id),
    ),
  );
  const districts = await getJson<Items<{ id: number; name: string; wardName: string }>>(page.request, '/api/v1/districts?size=200&sort=code');
  const district = districts.items.find((d) => !liaisonDistricts.has(d.id)) ?? districts.items[0]!;

  await page.goto('/');
  await settled(page);
  // 校区の活動 → 会議体: the demo city's bodies, 地域側 and 市側
  await clickMainNav(page, '会議体');
  await expect(page.getByRole('heading', { level: 1, name: '会議体' })).toBeVisible();
  await settled(page);
  const community = page.getByRole('table', { name: '地域側の会議体' });
  await expect(community.getByRole('row', { name: /総会/ }).first()).toContainText('欠員');
  await expect(page.getByRole('table', { name: '市側の会議体' }).getByRole('link', { name: '協働推進調整会議' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/GENERAL_ASSEMBLY|MAJORITY|COMMUNITY|ELECTED/);
  await expectNoA11yViolations(page);

  // 会議体を登録: a board whose quorum is a majority, proxies counting
  await page.getByRole('link', { name: '会議体を登録' }).click();
  const form = page.getByRole('form', { name: '会議体の登録' });
  await expect(form).toBeVisible();
  await settled(page);
  await form.getByRole('textbox', { name: /^名称/ }).fill(bodyName);
  await form.getByRole('textbox', { name: /^英語名/ }).fill(`Collaboration board ${stamp}`);
  await form.getByRole('textbox', { name: /^コード/ }).fill(`E2E-${stamp}`);
  await form.getByRole('combobox', { name: /^種類/ }).selectOption({ label: '理事会' });
  await expect(form.getByRole('radio', { name: '地域側' })).toBeChecked();
  await expect(form.getByRole('combobox', { name: /^定足数/ })).toHaveValue('MAJORITY');
  await form.getByRole('checkbox', { name: '委任状を出席に含める' }).check();
  await expectNoA11yViolations(page);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bodyName })).toBeVisible();
  await expect(page.getByText('会議体を保存しました。')).toBeVisible();
  await settled(page);
  const bodyPath = new URL(page.url()).pathname;
  await expect(page.getByText('過半数（委任状を出席に含む）')).toBeVisible();
  await expect(page.getByText('役職と定数はまだ登録されていません。')).toBeVisible();

  // 役職: 理事 3 (elected) and a representative of each district
  const roster = page.getByRole('region', { name: '構成と欠員' });
  await roster.getByRole('button', { name: '役職を追加' }).click();
  let seatForm = roster.getByRole('form', { name: '役職の追加' });
  await seatForm.getByRole('textbox', { name: /^役職/ }).fill('理事');
  await expect(seatForm.getByRole('radio', { name: '選出' })).toBeChecked();
  await seatForm.getByRole('textbox', { name: /^定数/ }).fill('3');
  await seatForm.getByRole('textbox', { name: /^任期/ }).fill('2');
  await expectNoA11yViolations(page);
  await seatForm.getByRole('button', { name: '保存' }).click();
  await expect(roster.getByText('役職「理事」を保存しました。')).toBeVisible();
  await roster.getByRole('button', { name: '役職を追加' }).click();
  seatForm = roster.getByRole('form', { name: '役職の追加' });
  await seatForm.getByRole('textbox', { name: /^役職/ }).fill('各校区代表');
  await seatForm.getByRole('radio', { name: '各校区の代表' }).check();
  await expect(seatForm.getByRole('textbox', { name: /^定数/ })).toHaveCount(0);
  await seatForm.getByRole('button', { name: '保存' }).click();
  await expect(roster.getByText('役職「各校区代表」を保存しました。')).toBeVisible();
  const seats = roster.getByRole('table', { name: '役職と定数' });
  await expect(seats.getByRole('row', { name: /^理事/ })).toContainText('欠員 3');
  await expect(seats.getByRole('row', { name: /^理事/ })).toContainText('2年');
  await expect(seats.getByRole('row', { name: /各校区代表/ })).toContainText('各校区の代表');
  await expect(seats.getByRole('row', { name: /各校区代表/ })).toContainText(`欠員 ${districts.total}`);

  // 構成員: two directors and the representative of one district
  const members = page.getByRole('region', { name: '構成員', exact: true });
  const addMember = async (seat: string, name: string, kana: string, districtLabel?: string) => {
    await members.getByRole('button', { name: '構成員を追加' }).click();
    const f = members.getByRole('form', { name: '構成員の追加' });
    await f.getByRole('combobox', { name: /^役職/ }).selectOption({ label: seat });
    await f.getByRole('textbox', { name: /^氏名/ }).fill(name);
    await f.getByRole('textbox', { name: /^よみ/ }).fill(kana);
    if (districtLabel) await f.getByRole('combobox', { name: /^選出校区/ }).selectOption({ label: districtLabel });
    await f.getByLabel(/任期の始まり/).fill('2025-04-01');
    await f.getByRole('button', { name: '保存' }).click();
    await expect(members.getByText(`${name}さんを保存しました。`)).toBeVisible();
  };
  await addMember('理事', directors[0]!, 'りじ いちろう');
  await addMember('理事', directors[1]!, 'りじ じろう');
  // a representative needs their district: the form says so before sending
  await members.getByRole('button', { name: '構成員を追加' }).click();
  const repForm = members.getByRole('form', { name: '構成員の追加' });
  await repForm.getByRole('combobox', { name: /^役職/ }).selectOption({ label: '各校区代表' });
  await repForm.getByRole('textbox', { name: /^氏名/ }).fill(representative);
  await repForm.getByLabel(/任期の始まり/).fill('2025-04-01');
  await repForm.getByRole('button', { name: '保存' }).click();
  await expect(repForm.getByText('各校区の代表は選出校区を選んでください。')).toBeVisible();
  await expectNoA11yViolations(page);
  await repForm.getByRole('combobox', { name: /^選出校区/ }).selectOption({ label: `${district.name}（${district.wardName}）` });
  await repForm.getByRole('button', { name: '保存' }).click();
  await expect(members.getByText(`${representative}さんを保存しました。`)).toBeVisible();

  const current = members.getByRole('table', { name: '現在の構成員' });
  await expect(current.getByRole('row', { name: new RegExp(representative) })).toContainText(district.name);
  await expect(current.getByRole('row', { name: new RegExp(directors[0]!) })).toContainText('令和7年4月1日〜');
  // the vacancies: one director, and every district but one without a representative
  await expect(seats.getByRole('row', { name: /^理事/ })).toContainText('欠員 1');
  await expect(seats.getByRole('row', { name: /各校区代表/ })).toContainText(`欠員 ${districts.total - 1}`);
  await expect(seats.getByRole('row', { name: /各校区代表/ })).toContainText('代表のいない校区');
  await expect(seats.getByRole('row', { name: /各校区代表/ })).not.toContainText(`${district.name}、`);
  await expect(page.getByTestId('roster-summary')).toContainText('在任 3名');
  await expect(page.getByTestId('roster-summary')).toContainText('欠員');

  // a person's seats across bodies, from their name
  await current.getByRole('button', { name: directors[0]!, exact: true }).click();
  const person = page.getByRole('region', { name: `${directors[0]}さんの役職（すべての会議体）` });
  await expect(person.getByRole('link', { name: bodyName })).toBeVisible();
  await expect(person).toContainText('在任中');
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText('構成員');
  await expect(page.getByRole('region', { name: '変更履歴' })).not.toContainText(/ELECTED|DISTRICT_REPRESENTATIVE|seatId/);
  await expectNoA11yViolations(page);

  // 事務局のやること on the office's home: the body's empty seats, in words, with how many
  await page.goto('/liaisons');
  await expect(page.getByRole('heading', { level: 1, name: '担当状況' })).toBeVisible();
  await settled(page);
  const todo = page.getByRole('region', { name: '事務局のやること', exact: true });
  const directorsItem = todo.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${bodyName} 理事`, exact: true }) });
  await expect(directorsItem).toContainText('会議体の欠員');
  await expect(directorsItem).toContainText('欠員 1');
  const repsItem = todo.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${bodyName} 各校区代表`, exact: true }) });
  await expect(repsItem).toContainText(`欠員 ${districts.total - 1}`);
  await expect(todo).not.toContainText(/SEAT_VACANT|SEAT_TERM_ENDING/);
  await expectNoA11yViolations(page);
  await directorsItem.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: bodyName })).toBeVisible();
  await settled(page);

  // この会議体の会議を登録: the meeting form opens with the body chosen
  await page.getByRole('link', { name: 'この会議体の会議を登録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '会議を登録' })).toBeVisible();
  await settled(page);
  await expect(page.getByLabel('会議体')).toHaveValue(bodyPath.split('/').pop()!);
  await page.getByLabel('開催日').fill(tokyoToday());
  await page.getByLabel('会議名').fill(meetingTitle);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name: meetingTitle })).toBeVisible();
  await settled(page);

  // 出欠: a director present, the other and the representative absent — short of the quorum of 2
  const attendance = page.getByRole('region', { name: '出欠' });
  await expect(attendance.getByText('出欠はまだ記録されていません。')).toBeVisible();
  const sheet = attendance.getByRole('form', { name: '出欠の記録' });
  const choose = async (who: string, status: string) =>
    sheet.getByRole('group', { name: `${who}の出欠` }).getByRole('radio', { name: status }).check();
  await choose(directors[0]!, '出席');
  await choose(directors[1]!, '欠席');
  await choose(representative, '欠席');
  await expect(attendance.getByTestId('attendance-tally')).toHaveText('選択中: 出席 1・委任状 0・欠席 2・未記録 0');
  await expectNoA11yViolations(page);
  await sheet.getByRole('button', { name: '出欠を保存' }).click();
  await expect(attendance.getByText('出欠を保存しました。')).toBeVisible();
  const figures = attendance.getByTestId('attendance-figures');
  await expect(figures).toContainText('構成員 3名・出席 1・委任状 0・欠席 2');
  await expect(figures).toContainText('定足数 2（過半数・委任状を含む）');
  await expect(figures).toContainText('不成立');

  // the other director sent a proxy: it counts, and the quorum is met
  await choose(directors[1]!, '委任状');
  await sheet.getByRole('button', { name: '出欠を保存' }).click();
  await expect(attendance.getByText('出欠を保存しました。')).toBeVisible();
  await expect(figures).toContainText('構成員 3名・出席 1・委任状 1・欠席 1');
  await expect(figures).not.toContainText('不成立');
  await expect(figures).toContainText('成立');
  await expect(attendance.getByRole('button', { name: '出欠表をダウンロード' })).toBeVisible();
  await expect(attendance.getByRole('link', { name: '記入した出欠表を取り込む' })).toHaveAttribute('href', '/import?dataset=meeting-attendance');
  await expect(page.locator('main')).not.toContainText(/PRESENT|PROXY|ABSENT/);
  await expectNoA11yViolations(page);

  // 「全員出席にする」 then save: everyone present
  await sheet.getByRole('button', { name: '全員出席にする' }).click();
  await expect(attendance.getByTestId('attendance-tally')).toHaveText('選択中: 出席 3・委任状 0・欠席 0・未記録 0');

  // the attendance sheet downloads as Excel
  const [download] = await Promise.all([page.waitForEvent('download'), attendance.getByRole('button', { name: '出欠表をダウンロード' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^meeting-attendance-\d{8}\.xlsx$/);

  // the body's page lists the meeting with its attendance and quorum
  await page.goto(bodyPath);
  await settled(page);
  const meetings = page.getByRole('table', { name: 'この会議体の会議' });
  const row = meetings.getByRole('row', { name: new RegExp(meetingTitle) });
  await expect(row).toContainText('出席 1・委任状 1・欠席 1');
  await expect(row).toContainText('成立');
  await expectNoA11yViolations(page);

  // the list shows the body's vacancies
  await page.goto('/council-bodies');
  await settled(page);
  await expect(page.getByRole('table', { name: '地域側の会議体' }).getByRole('row', { name: new RegExp(bodyName) })).toContainText(
    `欠員 ${districts.total}`,
  );

  // a liaison finds the body's empty district seats in their worklist, worded
  await page.context().clearCookies();
  await signInByApi(page, 'liaison');
  await page.goto('/my-districts');
  await expect(page.getByRole('heading', { level: 1, name: 'わたしの校区' })).toBeVisible();
  await settled(page);
  const worklist = page.getByRole('region', { name: 'やること', exact: true });
  const vacancy = worklist.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${bodyName} 各校区代表`, exact: true }) });
  await expect(vacancy).toContainText('会議体の欠員');
  await expect(worklist).not.toContainText(/SEAT_VACANT|SEAT_TERM_ENDING/);
  await expectNoA11yViolations(page);
});

test('the demo board’s September meeting fell short of its quorum, and a liaison reads the attendance without a form', async ({ page }) => {
  test.setTimeout(90_000);
  await signInByApi(page, 'liaison');
  const bodies = await getJson<Items<{ id: number; code: string }>>(page.request, '/api/v1/council-bodies?size=200');
  const board = bodies.items.find((b) => b.code === 'BOARD')!;
  const meetings = await getJson<Items<{ id: number; heldOn: string; displayName: string; attendance?: { quorumMet: boolean | null } }>>(
    page.request,
    `/api/v1/council-meetings?bodyId=${board.id}&fiscalYear=2025&size=50`,
  );
  const september = meetings.items.find((m) => m.heldOn.slice(5, 7) === '09' && m.attendance);
  expect(september, 'the demo board met in September 2025').toBeDefined();
  await page.goto(`/meetings/${september!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: september!.displayName })).toBeVisible();
  await settled(page);
  const attendance = page.getByRole('region', { name: '出欠' });
  await expect(attendance.getByTestId('attendance-figures')).toContainText('不成立');
  await expect(attendance.getByRole('form', { name: '出欠の記録' })).toHaveCount(0);
  await expect(attendance.getByRole('table', { name: '構成員の出欠' })).toContainText('欠席');
  await expect(attendance.getByRole('button', { name: '出欠表をダウンロード' })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // the board's page lists it as short of its quorum
  await page.goto(`/council-bodies/${board.id}`);
  await settled(page);
  await expect(page.getByRole('table', { name: 'この会議体の会議' }).getByRole('row', { name: new RegExp(september!.displayName) })).toContainText('不成立');
  await expect(page.getByRole('button', { name: '設定を変更' })).toHaveCount(0);
  await expectNoA11yViolations(page);
});
