import { expect, test } from '@playwright/test';
import {
  districtCouncil,
  expectNoA11yViolations,
  findDistrict,
  firstAssociation,
  getJson,
  signInByApi,
} from './support';

type Officer = { id: number; role: string; personName?: string; termStart: string; termEnd?: string; version: number };

const ROLE_ORDER = ['会長', '副会長', '会計', '事務局長', '監事', 'その他'];

test.describe('officers', () => {
  test('office adds an officer, with errors next to the fields, and ends the term', async ({ page }) => {
    await signInByApi(page, 'office');
    const district = await findDistrict(page.request, 'かしいひがし');
    const association = await firstAssociation(page.request, district.id);
    await page.goto(`/organizations/${association.id}`);
    const section = page.getByRole('region', { name: '役員' });

    await section.getByRole('button', { name: '役員を追加' }).click();
    const form = page.getByRole('form', { name: '役員を追加' });
    await expect(form.getByRole('heading', { name: '役員を追加' })).toBeFocused();
    await form.getByRole('combobox', { name: /役職/ }).selectOption({ label: 'その他' });
    await form.getByRole('textbox', { name: /氏名/ }).fill('試験 花子');
    await form.getByRole('textbox', { name: /よみ/ }).fill('しけん はなこ');
    await form.getByRole('textbox', { name: /電話番号/ }).fill('電話なし');
    await form.getByLabel(/任期の開始日/).fill('2024-04-01');
    await form.getByRole('button', { name: '保存' }).click();

    // The server's refusal sits next to the field it concerns, which gets the focus.
    const phone = form.getByRole('textbox', { name: /電話番号/ });
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toBeFocused();
    await expectNoA11yViolations(page);

    await phone.fill('092-000-1111');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('status').filter({ hasText: '役員を保存しました。' })).toBeVisible();
    const table = section.getByRole('table');
    const row = table.getByRole('row', { name: /試験 花子/ });
    await expect(row).toContainText('その他');
    await expect(row).toContainText('令和6年4月1日');

    // Officers read in role order: 会長, 副会長, 会計, 事務局長, 監事, その他.
    const roles = await table.locator('tbody tr td:first-child').allTextContents();
    const ranks = roles.map((r) => ROLE_ORDER.indexOf(r.trim()));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(roles.at(-1)?.trim()).toBe('その他');

    // End the term: the officer leaves the current list and stays on record as former.
    await row.getByRole('button', { name: '任期終了 試験 花子（その他）' }).click();
    const end = page.getByRole('form', { name: /任期を終了: 試験 花子/ });
    await end.getByLabel(/任期の終了日/).fill('2025-03-31');
    await end.getByRole('button', { name: '任期を終了する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '任期を終了しました。' })).toBeVisible();
    await expect(table.getByRole('row', { name: /試験 花子/ })).toHaveCount(0);

    await section.getByRole('checkbox', { name: /退任した役員も表示/ }).check();
    const former = table.getByRole('row', { name: /試験 花子/ });
    await expect(former).toContainText('令和7年3月31日');
    await expect(former).toContainText('退任');
    await expect(former.getByRole('button', { name: /任期終了/ })).toHaveCount(0);

    const officers = await getJson<{ items: Officer[] }>(page.request, `/api/v1/organizations/${association.id}/officers`);
    const saved = officers.items.find((o) => o.personName === '試験 花子');
    expect(saved).toMatchObject({ role: 'OTHER', termStart: '2024-04-01', termEnd: '2025-03-31' });

    // Entered in error after all: delete it.
    await former.getByRole('button', { name: '削除 試験 花子（その他）' }).click();
    await page.getByRole('button', { name: '削除する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '役員を削除しました。' })).toBeVisible();
    await expect(table.getByRole('row', { name: /試験 花子/ })).toHaveCount(0);
  });

  test('a liaison changes the officers of their own districts only', async ({ page }) => {
    await signInByApi(page, 'liaison');
    const me = await getJson<{ districtIds: number[] }>(page.request, '/api/v1/me');
    const own = await findDistrict(page.request, 'かしいひがし');
    expect(me.districtIds).toContain(own.id);
    await page.goto(`/organizations/${(await districtCouncil(page.request, own.id)).id}`);
    const section = page.getByRole('region', { name: '役員' });
    await expect(section.getByRole('button', { name: '役員を追加' })).toBeVisible();
    await expect(section.getByRole('button', { name: /^編集 / }).first()).toBeVisible();

    // Another district: the officers are listed, with nothing to change them with.
    const other = await findDistrict(page.request, 'めいのはま');
    expect(me.districtIds).not.toContain(other.id);
    const council = await districtCouncil(page.request, other.id);
    await page.goto(`/organizations/${council.id}`);
    await expect(page.getByRole('heading', { level: 1, name: council.name })).toBeVisible();
    await expect(section.getByRole('table')).toBeVisible();
    // Names are personal data of another district: the role heads each row, and the page says why.
    await expect(section.getByRole('rowheader', { name: '会長' }).first()).toBeVisible();
    await expect(section.getByText(/個人情報は、この校区の担当職員と地域コミュニティ課にだけ表示されます/)).toBeVisible();
    for (const name of ['役員を追加', /^編集/, /^任期終了/, /^削除/]) {
      await expect(section.getByRole('button', { name })).toHaveCount(0);
    }
    // (axe checks this read-only view of another district in liaison.spec.ts.)

    // The server refuses all the same.
    const res = await page.request.post(`/api/v1/organizations/${council.id}/officers`, {
      data: { role: 'OTHER', personName: '試験 次郎', termStart: '2025-04-01' },
    });
    expect(res.status()).toBe(403);

    // Nor can they add organizations to that district.
    await page.goto(`/districts/${other.id}`);
    await expect(page.getByRole('heading', { level: 2, name: '団体の構成' })).toBeVisible();
    await expect(page.getByRole('link', { name: council.name }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '団体を追加' })).toHaveCount(0);
  });
});
