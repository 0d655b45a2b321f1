import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, findDistrict, firstAssociation, getJson, signInByApi } from './support';

// Every screen, in both languages, with no WCAG 2.1 AA violation that axe can find.
for (const lang of ['ja', 'en'] as const) {
  test(`every page passes axe (${lang})`, async ({ page }) => {
    // some thirty pages, each checked by axe: the district page (校区カルテ) alone holds a dozen sections (the
    // council bodies and the calls for volunteers added eleven)
    // (加入促進 added eight)
    test.setTimeout(480_000);
    await page.addInitScript((l) => window.localStorage.setItem('kyodo.lang', l), lang);
    await page.goto('/signin');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectNoA11yViolations(page);

    await signInByApi(page, 'office');
    const district = await findDistrict(page.request, 'かしいひがし');
    const association = await firstAssociation(page.request, district.id);
    const grantCase = (await getJson<{ items: { id: number; programId: number }[] }>(page.request, '/api/v1/grant-cases?size=1')).items[0]!;
    const event = (await getJson<{ items: { id: number }[] }>(page.request, '/api/v1/support-events?size=1')).items[0]!;
    const facility = (await getJson<{ items: { id: number }[] }>(page.request, `/api/v1/facilities?districtId=${district.id}&size=1`)).items[0]!;
    // 加入促進: a demo building that joined as a block, with its contacts
    const newBuilding = (await getJson<{ items: { id: number }[] }>(page.request, '/api/v1/new-buildings?outcome=BLOCK_JOIN&size=1')).items[0]!;
    // ボランティア募集: an open call of the demo city (with its inquiries)
    const volunteerPost = (await getJson<{ items: { id: number }[] }>(page.request, '/api/v1/volunteer-posts?published=true&sort=-closesOn&size=1')).items[0]!;
    // 会議体: the demo general assembly (seats, members, districts without a representative) and a board meeting's attendance
    const bodies = (await getJson<{ items: { id: number; code: string }[] }>(page.request, '/api/v1/council-bodies?size=200')).items;
    const assembly = bodies.find((b) => b.code === 'GENERAL_ASSEMBLY')!;
    const board = bodies.find((b) => b.code === 'BOARD')!;
    const boardMeeting = (await getJson<{ items: { id: number }[] }>(page.request, `/api/v1/council-meetings?bodyId=${board.id}&fiscalYear=2025&size=1`))
      .items[0]!;
    for (const path of [
      '/districts',
      `/districts/${district.id}`,
      `/organizations/${association.id}`,
      '/import',
      '/letters-of-thanks?fy=2024',
      '/support',
      `/support/programs/${grantCase.programId}/cases`,
      `/grant-cases/${grantCase.id}`,
      '/support-events',
      `/support-events/${event.id}`,
      `/support-events/${event.id}/edit`,
      '/facilities',
      `/facilities/${facility.id}`,
      `/facilities/${facility.id}/edit`,
      '/join-promotion',
      '/join-promotion/leaflets',
      '/join-promotion/agreements',
      '/join-promotion/incorporations',
      '/join-promotion/effect',
      '/new-buildings/new',
      `/new-buildings/${newBuilding.id}`,
      `/new-buildings/${newBuilding.id}/edit`,
      '/council-bodies',
      '/council-bodies/new',
      `/council-bodies/${assembly.id}`,
      `/meetings/${boardMeeting.id}`,
      '/liaisons',
      '/volunteer-posts',
      '/volunteer-posts/new',
      `/volunteer-posts/${volunteerPost.id}`,
      `/volunteer-posts/${volunteerPost.id}/edit`,
      '/public/support',
      '/public/volunteers',
      `/public/volunteers/${volunteerPost.id}`,
      '/nowhere',
    ]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0);
      await expectNoA11yViolations(page);
    }
  });
}

test('the skip link moves to the main content', async ({ page }) => {
  await signInByApi(page, 'office');
  await page.goto('/districts');
  // React renders after the load event; on a busy machine Tab could otherwise land before the link exists.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
