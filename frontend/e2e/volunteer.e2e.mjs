// A volunteer's visit on a phone, in a real browser against the running system: the volunteer logs in on a
// 390×844 screen, opens today's task, checks in with the family's code, files the visit report, and the district
// coordinator then finds that report, with its follow-up, on the family's page (volunteer-service → Kafka →
// family-service; the notes themselves stay in volunteer-service).
//
//   BASE_URL=http://localhost:8080 npm run e2e:volunteer
//
// It uses the demo logins (volunteer, siming; password nuanxin) and, for set-up only, tokens from Keycloak's
// nuanxin-cli client: the family's current check-in code (which only coordinators may read) and, when the volunteer
// holds no task that can be checked in now, a new one for a family of 思明区 registered for it. Screenshots of each screen go to
// target/e2e-screenshots/; on failure target/e2e-failure.png. Exits 0 on success, 1 with the reason otherwise.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, logIn, registerFamily, token } from './support.mjs';

const API_URL = (process.env.API_URL ?? BASE_URL).replace(/\/$/, '');
const TARGET = join(dirname(fileURLToPath(import.meta.url)), '..', 'target');
const SHOTS = join(TARGET, 'e2e-screenshots');
const REPORT_TIMEOUT_MS = 60_000;
/** Check-in opens this long before a task's window (volunteer-service's nuanxin.check-in.earliest-before-start). */
const CHECK_IN_OPENS_MS = 30 * 60_000;

const step = (text) => console.log(`• ${text}`);

async function api(accessToken, method, path, body) {
  const response = await fetch(API_URL + path, {
    method,
    headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

const xiamenDay = (date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const xiamenIso = (date) => `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

/** A home visit of the volunteer's that can be checked in now, else a new one for a 思明区 family. */
async function taskToVisit(volunteerToken, coordinatorToken) {
  const now = new Date();
  const today = xiamenDay(now);
  const tomorrow = xiamenDay(new Date(now.getTime() + 86_400_000));
  const mine = await api(volunteerToken, 'GET', `/api/volunteer/tasks?from=${encodeURIComponent(`${today}T00:00:00+08:00`)}&to=${encodeURIComponent(`${tomorrow}T00:00:00+08:00`)}&size=50`);
  const open = mine.items.find(
    (t) =>
      t.kind === 'HOME_VISIT' &&
      ['ASSIGNED', 'ACCEPTED'].includes(t.status) &&
      t.verification !== 'POSITION' &&
      new Date(t.windowStart).getTime() - CHECK_IN_OPENS_MS <= now.getTime() &&
      now.getTime() < new Date(t.windowEnd).getTime(),
  );
  if (open) return open;

  const me = await api(volunteerToken, 'GET', '/api/volunteer/volunteers/me');
  const family = await registerFamily(coordinatorToken, '350203', '嘉莲街道', '黄秀珍');
  const body = {
    familyId: family.id,
    kind: 'HOME_VISIT',
    requiredSkills: [],
    windowStart: xiamenIso(new Date(now.getTime() + 5 * 60_000)),
    windowEnd: xiamenIso(new Date(now.getTime() + 65 * 60_000)),
    priority: 'NORMAL',
    place: '端到端测试：入户走访',
    verification: 'CODE_OR_POSITION',
  };
  // volunteer-service learns of a family from family-service's events: a family registered a moment ago may not
  // have arrived yet, so keep asking for a while
  const deadline = Date.now() + 60_000;
  let task;
  while (!task) {
    try {
      task = await api(coordinatorToken, 'POST', '/api/volunteer/tasks', body);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  return api(coordinatorToken, 'POST', `/api/volunteer/tasks/${task.id}/assignment`, { volunteerId: me.id, version: task.version });
}

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function run(browser) {
  step('set-up: tokens, the task and the family’s current code');
  const volunteerToken = await token('volunteer');
  const coordinatorToken = await token('siming');
  const task = await taskToVisit(volunteerToken, coordinatorToken);
  const { code } = await api(coordinatorToken, 'GET', `/api/volunteer/check-in-codes/${task.familyId}`);
  const note = `端到端走访 ${new Date().toISOString()}：老人精神不错`;
  // the notes stay in volunteer-service; the follow-up travels with the visit-reported event to the family's log
  const followUp = `端到端跟进 ${Date.now()}：请社区医生上门看膝盖`;
  const followUpDue = xiamenDay(new Date(Date.now() + 3 * 86_400_000));

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await phone.newPage();
  try {
    step(`the volunteer opens ${BASE_URL}/m on a phone and logs in`);
    await page.goto(`${BASE_URL}/m`);
    await logIn(page, 'volunteer');
    await page.getByRole('heading', { name: '今天的任务' }).waitFor({ timeout: 30_000 });
    await shot(page, 'volunteer-tasks');

    step('opens today’s task');
    await page.locator(`a[href="/m/tasks/${task.id}"]`).click();
    await page.getByTestId('task-status').waitFor();
    if ((await page.getByTestId('task-status').innerText()).includes('待接受')) {
      await page.getByRole('button', { name: '接受任务' }).click();
      await page.getByTestId('task-status').filter({ hasText: '已接受' }).waitFor();
    }
    await shot(page, 'volunteer-task');

    step('checks in with the family’s code');
    await page.getByLabel('签到码').fill(code);
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await page.getByTestId('task-status').filter({ hasText: '服务中' }).waitFor({ timeout: 15_000 });

    step('files the visit report and checks out');
    await page.getByLabel('4 较好').check();
    await page.getByLabel('医疗').check();
    await page.getByLabel('情况记录').fill(note);
    await page.getByLabel('需要跟进的事项').fill(followUp);
    await page.getByLabel('跟进完成期限').fill(followUpDue);
    await shot(page, 'volunteer-report');
    await page.getByRole('button', { name: '提交记录并签退' }).click();
    await page.getByText('任务已完成，感谢您的服务！').waitFor({ timeout: 20_000 });
    await shot(page, 'volunteer-done');
  } catch (error) {
    await page.screenshot({ path: join(TARGET, 'e2e-failure.png') });
    throw error;
  } finally {
    await phone.close();
  }

  const desk = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const coordinator = await desk.newPage();
  try {
    step('the district coordinator opens the family’s page and finds the report');
    await coordinator.goto(`${BASE_URL}/families/${task.familyId}`);
    await logIn(coordinator, 'siming');
    const deadline = Date.now() + REPORT_TIMEOUT_MS;
    for (;;) {
      await coordinator.getByTestId('contact-timeline').or(coordinator.getByText('还没有联系记录。')).first().waitFor({ timeout: 30_000 });
      if (await coordinator.getByText(followUp).count()) break;
      if (Date.now() > deadline) throw new Error(`the report did not reach the family page within ${REPORT_TIMEOUT_MS / 1000} s`);
      await coordinator.waitForTimeout(3000);
      await coordinator.reload();
    }
    await coordinator.getByText(followUp).scrollIntoViewIfNeeded();
    await shot(coordinator, 'coordinator-family-page');
  } catch (error) {
    await coordinator.screenshot({ path: join(TARGET, 'e2e-failure.png') });
    throw error;
  } finally {
    await desk.close();
  }
}

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await run(browser);
    console.log('✓ the volunteer’s report is on the family page');
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  process.exit(1);
});
