import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickMainNav, districtCouncil, expectNoA11yViolations, findDistrict, signInByApi } from './support';

/*
 * ボランティア募集 end to end against the demo city: a liaison writes a call for their district's council and sends it
 * for approval; the office approves it from the list; a visitor without signing in finds it on the public pages and
 * sends an inquiry, which gives a receipt number; the liaison finds the inquiry in their worklist and on the call's
 * page (未伝達) and marks it passed on. Axe on every page; screenshots of the public page at 390 px and the staff page
 * at 1366 px go to test-results/volunteers/.
 */

const SHOTS = 'test-results/volunteers';

/** A day in Japan `days` from today (yyyy-mm-dd). */
function tokyoDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** 令和9年7月25日 for 2027-07-25. */
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

test('a liaison posts a call, the office approves it, a visitor asks about it and the liaison passes the inquiry on', async ({ page }) => {
  test.setTimeout(180_000);
  const title = `公園の花壇づくり ${Date.now()}`;
  const starts = tokyoDay(20);
  const ends = tokyoDay(21);
  const closes = tokyoDay(10);

  // ---- the liaison writes the call for 香椎東's council and sends it for approval
  await signInByApi(page, 'liaison');
  const district = await findDistrict(page.request, 'かしいひがし');
  const council = await districtCouncil(page.request, district.id);
  await page.goto('/');
  await settled(page);
  await clickMainNav(page, 'ボランティア募集');
  await expect(page.getByRole('heading', { level: 1, name: 'ボランティア募集' })).toBeVisible();
  await settled(page);
  const list = page.getByRole('table', { name: 'ボランティア募集の一覧' });
  // the demo city's calls, where they stand in words
  await expect(list.getByRole('row', { name: /夏祭りの会場設営・片付け/ })).toContainText('公開中');
  await expect(list).not.toContainText(/APPROVED|SUBMITTED|RETURNED|DRAFT/);
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: '募集を作成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ボランティア募集の作成' })).toBeVisible();
  await settled(page);
  const form = page.getByRole('form', { name: 'ボランティア募集の作成' });
  await form.getByRole('combobox', { name: /校区/ }).selectOption({ label: `${district.name}（${district.wardName}）` });
  await form.getByRole('combobox', { name: /募集する団体/ }).selectOption({ label: council.name });
  await form.getByRole('textbox', { name: /活動名/ }).fill(title);
  await form.getByRole('textbox', { name: /活動内容/ }).fill('公園の花壇に苗を植え、水やりの当番を決めます。');
  await form.getByRole('textbox', { name: '場所' }).fill('香椎東中央公園');
  await form.getByLabel(/活動日（初日）/).fill(starts);
  await form.getByLabel(/活動日（最終日）/).fill(ends);
  await form.getByRole('textbox', { name: /日時・時間帯/ }).fill('両日 9:00〜11:00');
  await form.getByRole('textbox', { name: /募集人数/ }).fill('8');
  await form.getByRole('textbox', { name: /参加の条件/ }).fill('軍手をお持ちください。');
  // a closing day after the last day is refused at the field
  await form.getByLabel(/募集の締切日/).fill(tokyoDay(22));
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('締切日は活動の最終日（1日だけなら活動日）までにしてください。')).toBeVisible();
  await expectNoA11yViolations(page);
  await form.getByLabel(/募集の締切日/).fill(closes);
  await form.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('募集を保存しました。')).toBeVisible();
  await settled(page);
  const postUrl = new URL(page.url()).pathname;
  const main = page.locator('main');
  await expect(page.getByTestId('volunteer-status')).toHaveText('状態: 下書き');
  await expect(fact(main, '募集する団体')).toHaveText(council.name);
  await expect(fact(main, '活動日')).toHaveText(`${wareki(starts)}〜${wareki(ends)}`);
  await expect(fact(main, '募集人数')).toHaveText('8人');
  await expect(fact(main, '募集の締切日')).toHaveText(wareki(closes));
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '承認を申請' }).click();
  await expect(page.getByText('承認を申請しました。')).toBeVisible();
  await expect(page.getByTestId('volunteer-status')).toHaveText('状態: 承認待ち');
  await expect(page.getByRole('link', { name: '編集' })).toBeVisible();
  await expect(page.getByRole('button', { name: '承認', exact: true })).toHaveCount(0);

  // ---- the office finds it among the calls waiting for approval and approves it
  await page.context().clearCookies();
  await signInByApi(page, 'office');
  await page.goto('/volunteer-posts');
  await settled(page);
  await page.getByRole('combobox', { name: '状態' }).selectOption({ label: '承認待ち' });
  const waiting = page.getByRole('table', { name: 'ボランティア募集の一覧' });
  await expect(waiting.getByRole('row', { name: new RegExp(title) })).toContainText('承認待ち');
  await expect(waiting.getByRole('row', { name: /夏祭りの会場設営・片付け/ })).toHaveCount(0);
  await waiting.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('button', { name: '差戻し' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '承認', exact: true }).click();
  await expect(page.getByText('承認しました。公開ページに掲載されました。')).toBeVisible();
  await expect(page.getByTestId('volunteer-status')).toHaveText('状態: 公開中');
  await expect(fact(main, '承認')).toContainText('地域コミュニティ課');
  await expect(page.getByRole('link', { name: '公開ページを見る' })).toHaveAttribute('href', `/public/volunteers/${postUrl.split('/').pop()}`);
  // the history says what happened in words
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText('承認済み');
  await expect(page.getByRole('region', { name: '変更履歴' })).not.toContainText(/APPROVED|SUBMITTED/);

  // ---- a visitor without signing in: the public list, the call, the inquiry
  await page.context().clearCookies();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/public');
  await settled(page);
  await page.getByRole('link', { name: 'ボランティア募集を見る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ボランティア募集' })).toBeVisible();
  await settled(page);
  const card = page.getByTestId('volunteer-cards').getByRole('listitem').filter({ hasText: title });
  await expect(card).toContainText(council.name);
  await expect(card).toContainText('8人');
  await expect(card).toContainText(wareki(closes));
  await expect(page.getByRole('link', { name: '募集の一覧をCSVでダウンロード' })).toBeVisible();
  await expectNoA11yViolations(page);
  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await settled(page);
  await expect(page.getByText(/募集団体の連絡先は公開していません/)).toBeVisible();
  const inquiry = page.getByRole('form', { name: 'お問い合わせフォーム' });
  await inquiry.getByRole('textbox', { name: /お名前/ }).fill('博多 花子');
  await inquiry.getByRole('textbox', { name: /メールアドレス/ }).fill('hanako@example.jp');
  await inquiry.getByRole('textbox', { name: /電話番号/ }).fill('092-000-0000');
  await inquiry.getByRole('textbox', { name: /お問い合わせ内容/ }).fill('1日目だけ参加できますか。軍手は持っていきます。');
  await inquiry.getByRole('checkbox', { name: '入力した内容を募集団体に伝えることに同意します' }).check();
  await expectNoA11yViolations(page);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, 'the public page fits the phone').toBeLessThanOrEqual(innerWidth);
  await page.screenshot({ path: `${SHOTS}/public-volunteer-390.png`, fullPage: true });
  await inquiry.getByRole('button', { name: '送信する' }).click();
  const thanks = page.getByTestId('volunteer-thanks');
  await expect(thanks.getByRole('heading', { name: 'お問い合わせを受け付けました' })).toBeVisible();
  await expect(thanks).toContainText(/受付番号: \d+/);
  await expect(thanks).toContainText('ご入力のメールアドレスに返信があります');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: `${SHOTS}/public-volunteer-thanks-390.png`, fullPage: false });

  // ---- the liaison: the worklist names it, the call's page shows the inquiry not passed on yet
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInByApi(page, 'liaison');
  await page.goto('/my-districts');
  await settled(page);
  const item = page.locator('.ws-worklist li').filter({ hasText: title });
  await expect(item).toContainText('問い合わせの伝達待ち');
  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('region', { name: '問い合わせ 1件（未伝達 1件）' })).toBeVisible();
  const inquiries = page.getByRole('region', { name: /^問い合わせ 1件/ });
  const received = inquiries.getByRole('listitem').filter({ hasText: '博多 花子' });
  await expect(received).toContainText('1日目だけ参加できますか。');
  await expect(received.getByRole('link', { name: 'hanako@example.jp' })).toHaveAttribute('href', 'mailto:hanako@example.jp');
  await expect(received.getByTestId('volunteer-relay')).toHaveText('未伝達');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: `${SHOTS}/volunteer-post-1366.png`, fullPage: true });
  await received.getByRole('button', { name: /伝達済みにする/ }).click();
  await expect(received.getByText('伝達済みにしました。')).toBeVisible();
  await expect(received.getByTestId('volunteer-relay')).toContainText('担当者が伝達済み');
  await expect(page.getByRole('region', { name: '問い合わせ 1件（未伝達 0件）' })).toBeVisible();
  await expect(received.getByRole('button', { name: /伝達済みにする/ })).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/\bHAND\b|\bMAIL\b/);
  await expectNoA11yViolations(page);
});
