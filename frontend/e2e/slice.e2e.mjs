// The first vertical slice in a real browser: log in through Keycloak, register a family through the form,
// and see the supervision total go up live, without reloading the page.
//
//   BASE_URL=http://localhost:8080 E2E_USER=city E2E_PASSWORD=nuanxin npm run e2e
//
// Uses the system Chromium (never downloads a browser). Exits 0 on success; on failure prints why, saves
// target/e2e-failure.png and exits 1.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, idNumber, logIn, mobile } from './support.mjs';

const USER = process.env.E2E_USER ?? 'city';
const FAILURE_SCREENSHOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e-failure.png');
const LIVE_UPDATE_TIMEOUT_MS = 20_000;

const step = (text) => console.log(`• ${text}`);

async function readTotal(page) {
  const text = await page.locator('[data-testid=total-families]').innerText();
  const value = Number(text.replace(/[^\d]/g, ''));
  if (!/\d/.test(text) || Number.isNaN(value)) {
    throw new Error(`total-families shows no number: "${text}"`);
  }
  return value;
}

async function run(page) {
  step(`open ${BASE_URL}`);
  await page.goto(BASE_URL);

  step('log in on the Keycloak page');
  await logIn(page, USER);

  step('wait for the supervision figures');
  const total = page.locator('[data-testid=total-families]');
  await total.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => /\d/.test(document.querySelector('[data-testid=total-families]')?.textContent ?? ''),
    undefined,
    { timeout: 15_000 },
  );
  const before = await readTotal(page);
  step(`total families now: ${before}`);

  step('open the registration form from the menu');
  await page.click('nav a[href="/families/new"]');
  await page.locator('#field-category').waitFor();

  const id = idNumber('350203');
  step(`register a bereaved family in 思明区 (identity number ${id})`);
  await page.selectOption('#field-category', 'BEREAVED');
  await page.waitForSelector('#field-districtCode option[value="350203"]', { state: 'attached' });
  await page.selectOption('#field-districtCode', '350203');
  await page.waitForSelector('#field-street option:nth-child(2)', { state: 'attached' });
  const firstStreet = await page.locator('#field-street option:nth-child(2)').getAttribute('value');
  await page.selectOption('#field-street', firstStreet);
  await page.fill('#field-community', '龙头社区');
  await page.fill('#field-address', `E2E 测试地址 ${Date.now()}`);
  await page.fill('#field-members-0-name', '测试家长');
  await page.selectOption('#field-members-0-relation', 'MOTHER');
  await page.fill('#field-members-0-idNumber', id);
  await page.fill('#field-members-0-phone', mobile());
  await page.check('#field-members-0-livingAlone');
  await page.click('button[type=submit]');

  step('wait for the family list');
  await page.waitForURL((url) => url.pathname === '/families', { timeout: 15_000 }).catch(async (error) => {
    const problems = await page.locator('.banner--error, .field__error').allInnerTexts();
    throw new Error(`registration did not complete${problems.length ? `: ${problems.join(' | ')}` : ''} (${error.message})`);
  });

  step('back to the dashboard through the menu (no reload)');
  await page.click('nav a[href="/"]');
  await total.waitFor();
  await page
    .waitForFunction(
      (expected) => {
        const text = document.querySelector('[data-testid=total-families]')?.textContent ?? '';
        return Number(text.replace(/[^\d]/g, '')) === expected;
      },
      before + 1,
      { timeout: LIVE_UPDATE_TIMEOUT_MS, polling: 250 },
    )
    .catch(async () => {
      throw new Error(`total stayed at ${await readTotal(page)}, expected ${before + 1} within ${LIVE_UPDATE_TIMEOUT_MS / 1000} s`);
    });
  step(`total families now: ${before + 1}`);

  step('log out');
  await page.getByRole('button', { name: /退出登录|Log out/ }).click();
  await page.locator('#username').waitFor({ timeout: 15_000 }).catch(async () => {
    // Keycloak may land back on the app, which sends an anonymous visitor to the login page again.
    await page.waitForURL((url) => url.origin === new URL(BASE_URL).origin, { timeout: 15_000 });
  });
}

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.setDefaultTimeout(15_000);
  try {
    await run(page);
    console.log('e2e slice: passed');
    return 0;
  } catch (error) {
    console.error(`e2e slice: FAILED: ${error instanceof Error ? error.message : error}`);
    try {
      mkdirSync(dirname(FAILURE_SCREENSHOT), { recursive: true });
      await page.screenshot({ path: FAILURE_SCREENSHOT, fullPage: true });
      console.error(`screenshot: ${FAILURE_SCREENSHOT}`);
    } catch (screenshotError) {
      console.error(`no screenshot: ${screenshotError.message}`);
    }
    return 1;
  } finally {
    await browser.close();
  }
}

process.exitCode = await main().catch((error) => {
  console.error(`e2e slice: FAILED to start: ${error.message}`);
  return 1;
});
