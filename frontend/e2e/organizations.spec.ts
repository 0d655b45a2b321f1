import { expect, test } from '@playwright/test';
import { districtCouncil, expectNoA11yViolations, findDistrict, signInByApi } from './support';

// The other side, a liaison who may not add organizations to a district, is in officers.spec.ts.
test.describe('new organization', () => {
  test('office registers an organization in a district and lands on it', async ({ page }) => {
    await signInByApi(page, 'office');
    const district = await findDistrict(page.request, 'かしいひがし');
    const council = await districtCouncil(page.request, district.id);
    await page.goto(`/districts/${district.id}`);
    await page.getByRole('button', { name: '団体を追加' }).click();
    const form = page.getByRole('form', { name: `${district.name}に団体を追加` });
    await expect(form.getByRole('heading', { name: `${district.name}に団体を追加` })).toBeFocused();

    await form.getByRole('combobox', { name: /種別/ }).selectOption({ label: '各種住民団体' });
    await form.getByRole('combobox', { name: /細分類/ }).selectOption({ label: '子供会' });
    // Placed under the district council unless another parent is chosen.
    await expect(form.getByRole('combobox', { name: /上位団体/ })).toHaveValue(String(council.id));
    await form.getByRole('textbox', { name: /名称/ }).fill('香椎東試験子ども会');
    await form.getByRole('textbox', { name: /よみ/ }).fill('Kashii');
    await form.getByRole('checkbox', { name: '地縁団体認可' }).check();
    await form.getByLabel('認可日').fill('2020-04-01');
    await form.getByRole('checkbox', { name: '総会資料の公開' }).check();
    await form.getByRole('textbox', { name: '連絡先氏名' }).fill('試験 一郎');
    await form.getByRole('button', { name: '登録する' }).click();

    // The reading must be kana: the server says so next to the field.
    const kana = form.getByRole('textbox', { name: /よみ/ });
    await expect(kana).toHaveAttribute('aria-invalid', 'true');
    await expect(kana).toBeFocused();
    await expectNoA11yViolations(page);

    await kana.fill('かしいひがししけんこどもかい');
    await form.getByRole('button', { name: '登録する' }).click();
    await expect(page).toHaveURL(/\/organizations\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: '香椎東試験子ども会' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '団体を登録しました。' })).toBeVisible();
    const details = page.getByRole('region', { name: '団体の情報' });
    await expect(details).toContainText('子供会');
    await expect(details.getByRole('link', { name: council.name })).toBeVisible();
    await expect(details).toContainText('令和2年4月1日');
    await expect(details).toContainText('試験 一郎');

    // And it is in the district's tree.
    await page.getByRole('navigation', { name: 'パンくずリスト' }).getByRole('link', { name: district.name }).click();
    await expect(page.getByRole('link', { name: '香椎東試験子ども会' })).toBeVisible();
  });
});
