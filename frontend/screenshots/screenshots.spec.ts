import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInByApi } from '../e2e/support';
import { SHOTS, VIEWPORTS } from './pages';

// Saves docs/screenshots/<name>-<width>.png of every page in pages.ts (SCREENSHOT_PAGES=a,b: only those).
const OUT = process.env.SCREENSHOT_DIR ?? path.resolve(import.meta.dirname, '../../docs/screenshots');
const only = (process.env.SCREENSHOT_PAGES ?? '').split(',').filter(Boolean);
const shots = only.length > 0 ? SHOTS.filter((s) => only.includes(s.name)) : SHOTS;

test('screenshots', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  for (const viewport of VIEWPORTS) {
    for (const shot of shots) {
      const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      const page = await context.newPage();
      if (shot.name !== 'signin') await signInByApi(page, shot.user);
      const target = typeof shot.path === 'string' ? shot.path : await shot.path(page.request);
      await page.goto(target);
      await expect(page.locator('h1')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0, { timeout: 15_000 });
      await page.evaluate(() => document.fonts.ready);
      if (shot.scrollTo) {
        await expect(page.locator(shot.scrollTo)).toBeVisible({ timeout: 15_000 });
        await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0, { timeout: 15_000 });
        await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      }
      const file = path.join(OUT, `${shot.name}-${viewport.width}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(`saved ${path.relative(process.cwd(), file)} (${target})`);
      await context.close();
    }
  }
});
