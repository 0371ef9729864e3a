// The main screens in a real browser, with canned API answers: no backend, no Keycloak. It serves the built app
// (npm run build) from target/classes/META-INF/resources through Playwright's request routing, signs in by
// putting a token in session storage where oidc-client-ts keeps it, answers every /api call from the fixtures
// below, and saves a screenshot of each screen at the size it is used at (1366×768 desks, a 390×844 phone).
//
//   npm run build && npm run screens
//
// Exits 1 and names the screen when one does not show what it should. Screenshots go to target/e2e-screenshots/.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = join(HERE, '..', 'target', 'classes', 'META-INF', 'resources');
const SHOTS = join(HERE, '..', 'target', 'e2e-screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'http://nuanxin.test';
const AUTHORITY = `${ORIGIN}/realms/nuanxin`;
const CLIENT_ID = 'nuanxin-spa';

const FAMILY = '7b0c4f0e-0000-4000-8000-000000000001';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Today in Xiamen, so the tasks and the calendar land on the days the screens show. */
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const at = (time, day = today) => `${day}T${time}:00+08:00`;

function jwt(claims) {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ exp: 4102444800, ...claims })}.`;
}

const task = (id, changes = {}) => ({
  id,
  familyId: FAMILY,
  districtCode: '350203',
  kind: 'HOME_VISIT',
  priority: 'NORMAL',
  requiredSkills: [],
  windowStart: at('09:00'),
  windowEnd: at('11:00'),
  status: 'ACCEPTED',
  volunteerId: 'v1',
  volunteerName: '张敏',
  place: '莲前街道前埔社区',
  instructions: '老人独居，耳背，请大声说话',
  latitude: 24.4486,
  longitude: 118.1327,
  preferredDialect: '闽南话',
  verification: 'CODE_OR_POSITION',
  checkedInAt: null,
  checkInMethod: null,
  checkedOutAt: null,
  completedAt: null,
  version: 2,
  ...changes,
});

const page = (items) => ({ items, page: 0, size: 20, total: items.length });

const FIXTURES = {
  '/api/config': { oidcAuthority: AUTHORITY, oidcClientId: CLIENT_ID },
  '/api/family/areas': [{ code: '350203', name: '思明区', streets: ['鼓浪屿街道', '厦港街道', '莲前街道'] }],
  '/api/family/families': page([
    { id: FAMILY, category: 'BEREAVED', districtCode: '350203', districtName: '思明区', street: '鼓浪屿街道', community: '龙头社区', status: 'ACTIVE', headName: '王秀英', headIdNumberMasked: '350203********0027', headPhoneMasked: '139****2345', memberCount: 2, registeredAt: '2026-03-02T10:00:00+08:00' },
    { id: 'f2', category: 'DISABLED_CHILD', districtCode: '350203', districtName: '思明区', street: '厦港街道', community: '沙坡尾社区', status: 'ACTIVE', headName: '陈国平', headIdNumberMasked: '350203********1234', headPhoneMasked: null, memberCount: 3, registeredAt: '2026-02-11T10:00:00+08:00' },
  ]),
  [`/api/family/families/${FAMILY}`]: {
    id: FAMILY, category: 'BEREAVED', districtCode: '350203', districtName: '思明区', street: '鼓浪屿街道', community: '龙头社区', address: '龙头路 12 号 3 室', status: 'ACTIVE', riskLevel: 'HIGH', registeredAt: '2026-03-02T10:00:00+08:00', closedAt: null, closureReason: null,
    members: [
      { id: 'm1', name: '王秀英', relation: 'MOTHER', idNumberMasked: '350203********0027', phoneMasked: '139****2345', birthDate: '1944-12-31', sex: 'FEMALE', livingAlone: true },
      { id: 'm2', name: '李建华', relation: 'FATHER', idNumberMasked: '350203********0013', phoneMasked: null, birthDate: '1941-05-08', sex: 'MALE', livingAlone: false },
    ],
  },
  [`/api/family/families/${FAMILY}/assessments`]: [{ id: 'a1', assessedAt: '2026-11-01T10:00:00+08:00', assessedBy: 'siming', riskLevel: 'HIGH', riskReasons: ['ALONE_ADVANCED_AGE_CHRONIC', 'NEED_MEDIUM'], needs: [{ area: 'MEDICAL', severity: 'HIGH' }, { area: 'PSYCHOLOGICAL', severity: 'MEDIUM' }, { area: 'DAILY_CARE', severity: 'LOW' }, { area: 'FINANCIAL', severity: 'NONE' }], notes: '膝关节退化，上下楼困难' }],
  [`/api/family/families/${FAMILY}/support-plan`]: { familyId: FAMILY, emotionalComfort: 'ACTIVE', homeVisits: 'ACTIVE', volunteerService: 'PAUSED', insuranceCover: 'ACTIVE', familyDoctor: null, greenChannel: true, coverage: { liaisons: false, familyDoctor: false, greenChannel: true, missing: ['LIAISONS', 'FAMILY_DOCTOR'] }, updatedAt: null, updatedBy: null },
  [`/api/family/families/${FAMILY}/liaisons`]: [{ familyId: FAMILY, role: 'COMMUNITY_WORKER', name: '李红', phoneMasked: '138****0001', assignedAt: '2026-03-02T10:00:00+08:00', assignedBy: 'siming' }],
  [`/api/family/families/${FAMILY}/contacts`]: [
    { id: 'c1', kind: 'HOME_VISIT', contactedAt: at('09:02'), contactedBy: '张敏', location: '家中', durationMinutes: 75, wellbeing: 4, needsObserved: ['MEDICAL'], notes: '老人情绪平稳，提到膝盖疼', followUp: '联系社区医生上门看膝盖', followUpDue: '2026-12-05', followUpDoneAt: null, source: 'VOLUNTEER' },
    { id: 'c2', kind: 'PHONE_CALL', contactedAt: '2026-11-20T15:00:00+08:00', contactedBy: '李红', location: null, durationMinutes: 12, wellbeing: 3, needsObserved: [], notes: '问候，天冷提醒添衣', followUp: null, followUpDue: null, followUpDoneAt: null, source: 'LIAISON' },
  ],
  [`/api/family/families/${FAMILY}/guardians`]: [{ id: 'g1', name: '王建国', relationship: 'RELATIVE', phoneMasked: '137****8888', maySign: true, priority: 1 }],
  [`/api/insurance/families/${FAMILY}/insurance`]: { familyId: FAMILY, policyYear: 2026, enrolled: true, reason: null, category: 'BEREAVED', greenChannel: true, approvedTotal: '4680.50', paidTotal: '1680.50',
    members: [
      { personId: 'p1', memberId: 'm1', relation: 'MOTHER', name: null, source: 'FAMILY_EVENT', coveredFrom: '2026-03-02', coveredUntil: null, insuredThisYear: true, subsidyCap: '90000.00', subsidyUsed: '4680.50', subsidyLeft: '85319.50', nursingDaysMax: 365, nursingDaysUsed: 10, nursingDaysLeft: 355, claims: { count: 3, byStatus: { PAID: 1, APPROVED: 1, REJECTED: 1 }, approved: '4680.50', paid: '1680.50' } },
      { personId: 'p2', memberId: 'm2', relation: 'FATHER', name: null, source: 'FAMILY_EVENT', coveredFrom: '2026-03-02', coveredUntil: null, insuredThisYear: true, subsidyCap: '90000.00', subsidyUsed: '0.00', subsidyLeft: '90000.00', nursingDaysMax: 365, nursingDaysUsed: 0, nursingDaysLeft: 365, claims: { count: 0, byStatus: {}, approved: '0.00', paid: '0.00' } },
    ] },
  [`/api/care-home/families/${FAMILY}/sites`]: { familyId: FAMILY, districtCode: '350203', sites: [
    { siteId: 's1', name: '鼓浪屿暖心家园', districtCode: '350203', districtName: '思明区', street: '鼓浪屿街道', servesFamily: true, servedSince: '2026-03-10T09:00:00+08:00', meetsStandard: false, lastMetAt: '2026-09-30T08:00:00+08:00',
      upcoming: [{ activityId: 'a1', kind: 'LECTURE', title: '冬季养生讲座', startsAt: at('09:30'), endsAt: at('11:00'), registration: 'REGISTERED', waitlistPosition: null, attendedAt: null }],
      lastAttended: [{ activityId: 'a3', kind: 'FREE_CLINIC', title: '中山医院专家义诊', startsAt: `${today.slice(0, 8)}05T09:00:00+08:00`, endsAt: `${today.slice(0, 8)}05T11:30:00+08:00`, registration: 'REGISTERED', waitlistPosition: null, attendedAt: `${today.slice(0, 8)}05T09:12:00+08:00` }] },
  ] },
  [`/api/family/families/${FAMILY}/visit-card`]: { familyId: FAMILY, taskId: 't1', taskKind: 'HOME_VISIT', windowStart: at('09:00'), windowEnd: at('11:00'), districtName: '思明区', street: '莲前街道', community: '前埔社区', address: '前埔一里 12 号 402 室', people: [{ name: '陈美华', relation: 'MOTHER', age: 78, livingAlone: true, phone: '13806001234' }], needs: ['MEDICAL', 'PSYCHOLOGICAL'] },
  '/api/volunteer/tasks': (url) => {
    const status = url.searchParams.get('status');
    const all = [
      task('t1'),
      task('t2', { kind: 'PHONE_CONTACT', status: 'ASSIGNED', windowStart: at('15:00'), windowEnd: at('15:30'), place: null }),
      task('t3', { status: 'OPEN', priority: 'URGENT', volunteerId: null, volunteerName: null, kind: 'ACCOMPANY_TO_HOSPITAL' }),
    ];
    return page(status ? all.filter((t) => t.status === status) : all);
  },
  '/api/volunteer/tasks/t1': task('t1'),
  '/api/volunteer/tasks/t4': task('t4', { status: 'CHECKED_IN', checkedInAt: at('09:03'), checkInMethod: 'CODE' }),
  '/api/volunteer/tasks/t3/candidates': [
    { rank: 1, volunteerId: 'v1', name: '林美玲', score: 0.91, skillFit: 1, distanceKm: 1.2, distanceFit: 0.88, availabilityFit: 1, load: 1, loadFit: 0.8, dialectFit: 1 },
    { rank: 2, volunteerId: 'v2', name: '陈志强', score: 0.62, skillFit: 0.5, distanceKm: 4.8, distanceFit: 0.52, availabilityFit: 1, load: 3, loadFit: 0.4, dialectFit: 0 },
  ],
  '/api/volunteer/service-hours/me': { volunteerId: 'v1', name: '张敏', totalMinutes: 12150, totalHours: '202.5', starLevel: 1, starName: '一星', nextStarAtHours: 300, services: 48, entries: [{ id: 'e1', source: 'CHECK_IN', taskId: 't0', taskKind: 'HOME_VISIT', startedAt: '2026-11-28T09:02:00+08:00', endedAt: '2026-11-28T10:32:00+08:00', minutes: 90, creditedAt: '2026-11-28T10:32:00+08:00' }] },
  '/api/insurance/claims': page([{ id: 'k1', hospitalId: 'H-XIANYUE', insuredPersonId: 'p1', status: 'PENDING_REVIEW', admissionDate: '2026-11-02', dischargeDate: '2026-11-11', claimedAmount: '61830.50', benefitAmount: '63680.50', submittedAt: '2026-11-12T10:00:00+08:00' }]),
  '/api/insurance/claims/k1': { id: 'k1', hospitalId: 'H-XIANYUE', insuredPersonId: 'p1', status: 'PENDING_REVIEW', admissionDate: '2026-11-02', dischargeDate: '2026-11-11', claimedAmount: '61830.50', benefitAmount: '63680.50', submittedAt: '2026-11-12T10:00:00+08:00', setting: 'INPATIENT', inpatientDays: 10, diagnosisCodes: ['I63.9'], policyYear: 2026, eligibleAmount: '61680.50', medicalBenefit: '60680.50', nursingDaysPaid: 10, nursingAllowance: '3000.00', duplicateOf: null,
    items: [
      { lineNo: 1, code: 'SURG', description: '取栓手术', category: 'SURGERY', submitted: '61680.50', eligible: '61680.50', benefit: '60680.50', rule: 'CAPPED_AT_REMAINING_SUBSIDY', explanation: '本年度剩余补助 60680.50 元，按剩余额度给付' },
      { lineNo: 2, code: 'MEAL', description: '膳食', category: 'NON_MEDICAL', submitted: '150.00', eligible: '0.00', benefit: '0.00', rule: 'NOT_COVERED_NON_MEDICAL', explanation: '非医疗费用不在保障范围' },
    ],
    nursing: [{ policyYear: 2026, daysClaimed: 10, daysPaid: 10, allowance: '3000.00' }], explanations: [{ rule: 'ABOVE_REVIEW_THRESHOLD', message: '给付超过 50000.00 元，需人工审核' }] },
  '/api/insurance/claims/k1/history': [{ at: '2026-11-12T10:00:00+08:00', actor: 'H-XIANYUE', fromStatus: null, toStatus: 'PENDING_REVIEW', reason: null }],
  '/api/care-home/sites': page([
    { id: 's1', name: '鼓浪屿暖心家园', districtCode: '350203', districtName: '思明区', street: '鼓浪屿街道', address: '龙头路 28 号', openingHours: '周一至周五 8:30-17:30', featuredPractice: '三三制', demonstrationLevel: 'STREET', latitude: null, longitude: null, openedAt: '2021-06-01T00:00:00+08:00' },
    { id: 's2', name: '湖里暖心敬老餐厅', districtCode: '350206', districtName: '湖里区', street: '湖里街道', address: '华荣路 5 号', openingHours: '每天 10:30-13:00', featuredPractice: '暖心敬老餐厅', demonstrationLevel: 'DISTRICT', latitude: null, longitude: null, openedAt: '2021-06-01T00:00:00+08:00' },
  ]),
  '/api/care-home/site-compliance': [
    { siteId: 's1', siteName: '鼓浪屿暖心家园', districtCode: '350203', districtName: '思明区', regularVolunteers: 8, minRegularVolunteers: 10, partnerOrganisations: 5, minPartnerOrganisations: 5, activities: 3, minActivitiesPerMonth: 2, activitiesMonth: '2026-10', compliant: false, shortfalls: ['REGULAR_VOLUNTEERS'], lastMetAt: '2026-09-30T08:00:00+08:00' },
    { siteId: 's2', siteName: '湖里暖心敬老餐厅', districtCode: '350206', districtName: '湖里区', regularVolunteers: 14, minRegularVolunteers: 10, partnerOrganisations: 6, minPartnerOrganisations: 5, activities: 22, minActivitiesPerMonth: 2, activitiesMonth: '2026-10', compliant: true, shortfalls: [], lastMetAt: '2026-11-29T08:00:00+08:00' },
  ],
  '/api/care-home/double-hundred': { year: 2026, lectureGoal: 100, clinicGoal: 100, lectures: 87, clinics: 64, districts: [] },
  '/api/care-home/activities': page([
    { id: 'a1', siteId: 's1', districtCode: '350203', kind: 'LECTURE', title: '冬季养生讲座', startsAt: at('09:30'), endsAt: at('11:00'), capacity: 30, status: 'SCHEDULED', registered: 28, waitlisted: 0, attended: 0, walkIns: 0, volunteers: 3, mealsServed: null, satisfaction: null, heldAt: null },
    { id: 'a2', siteId: 's2', districtCode: '350206', kind: 'CANTEEN_MEAL', title: '敬老午餐', startsAt: at('11:00'), endsAt: at('13:00'), capacity: 60, status: 'SCHEDULED', registered: 41, waitlisted: 0, attended: 0, walkIns: 0, volunteers: 4, mealsServed: null, satisfaction: null, heldAt: null },
    { id: 'a3', siteId: 's1', districtCode: '350203', kind: 'FREE_CLINIC', title: '中山医院专家义诊', startsAt: `${today.slice(0, 8)}05T09:00:00+08:00`, endsAt: `${today.slice(0, 8)}05T11:30:00+08:00`, capacity: 40, status: 'HELD', registered: 35, waitlisted: 0, attended: 33, walkIns: 4, volunteers: 5, mealsServed: null, satisfaction: 4.7, heldAt: null },
  ]),
};

function answer(url) {
  const fixture = FIXTURES[url.pathname];
  if (fixture === undefined) return { status: 404, contentType: 'application/problem+json', body: JSON.stringify({ status: 404, title: 'Not Found', detail: `no fixture for ${url.pathname}` }) };
  const body = typeof fixture === 'function' ? fixture(url) : fixture;
  return { status: 200, contentType: 'application/json', body: JSON.stringify(body) };
}

async function serve(route) {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) return route.abort();
  // The phone has lost its signal just as the visit report goes: it must stay on the phone as 待发送.
  if (url.pathname.endsWith('/completion')) return route.abort('internetdisconnected');
  if (url.pathname.startsWith('/api/')) return route.fulfill(answer(url));
  const file = join(DIST, extname(url.pathname) ? url.pathname : 'index.html');
  if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
  return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
}

/** A browser context signed in as `claims` says, on a screen of this size. */
async function signedIn(browser, claims, viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', deviceScaleFactor: 1 });
  await context.route('**/*', serve);
  const user = { access_token: jwt(claims), token_type: 'Bearer', scope: 'openid profile', profile: { sub: claims.preferred_username, preferred_username: claims.preferred_username }, expires_at: 4102444800 };
  await context.addInitScript(
    ([key, value]) => window.sessionStorage.setItem(key, value),
    [`oidc.user:${AUTHORITY}:${CLIENT_ID}`, JSON.stringify(user)],
  );
  return context;
}

const SCREENS = [
  { who: 'coordinator', path: '/families', name: 'families-list', expect: '王秀英' },
  { who: 'coordinator', path: `/families/${FAMILY}`, name: 'family-page', expect: '联系社区医生上门看膝盖' },
  { who: 'coordinator', path: '/tasks', name: 'task-board', expect: '陪诊', then: async (p) => { await p.getByRole('button', { name: /陪诊/ }).click(); await p.getByText('林美玲').waitFor(); } },
  { who: 'coordinator', path: '/insurance/claims', name: 'claims-review', expect: '仙岳医院', then: async (p) => { await p.getByRole('button', { name: '查看' }).click(); await p.getByText('取栓手术').waitFor(); } },
  { who: 'coordinator', path: '/sites', name: 'sites', expect: '常驻志愿者不足' },
  { who: 'coordinator', path: '/activities', name: 'activity-calendar', expect: '冬季养生讲座' },
  { who: 'volunteer', path: '/m', name: 'phone-tasks', expect: '电话联络' },
  { who: 'volunteer', path: '/m/tasks/t1', name: 'phone-task', expect: '前埔一里 12 号 402 室' },
  { who: 'volunteer', path: '/m/hours', name: 'phone-hours', expect: '累计 202.5 小时' },
  {
    who: 'volunteer',
    path: '/m/tasks/t4',
    name: 'phone-report-waiting',
    expect: '走访记录',
    then: async (p) => {
      await p.getByLabel('4 较好').check();
      await p.getByLabel('医疗').check();
      await p.getByLabel('情况记录').fill('老人情绪平稳，提到膝盖疼');
      await p.getByRole('button', { name: '提交记录并签退' }).click();
      await p.getByTestId('report-pending').waitFor();
      await p.getByTestId('pending-count').waitFor();
    },
  },
];

const WHO = {
  coordinator: { claims: { preferred_username: 'siming', name: '陈思明', realm_access: { roles: ['district-coordinator'] }, district: '350203' }, viewport: { width: 1366, height: 768 } },
  volunteer: { claims: { preferred_username: 'volunteer', given_name: '敏', family_name: '张', realm_access: { roles: ['volunteer'] } }, viewport: { width: 390, height: 844 } },
};

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run npm run build first`);
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const failures = [];
  try {
    for (const screen of SCREENS) {
      const { claims, viewport } = WHO[screen.who];
      const context = await signedIn(browser, claims, viewport);
      const p = await context.newPage();
      const errors = [];
      p.on('pageerror', (error) => errors.push(error.message));
      try {
        await p.goto(ORIGIN + screen.path);
        await p.getByText(screen.expect, { exact: false }).first().waitFor({ timeout: 15_000 });
        if (screen.then) await screen.then(p);
        if (errors.length) throw new Error(errors.join('; '));
        console.log(`• ${screen.name}: ${screen.path}`);
      } catch (error) {
        failures.push(`${screen.name}: ${error.message.split('\n')[0]}`);
      } finally {
        await p.screenshot({ path: join(SHOTS, `${screen.name}.png`), fullPage: false });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(`✗ ${failures.length} screen(s) did not show what they should:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`✓ ${SCREENS.length} screens, screenshots in ${SHOTS}`);
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  process.exit(1);
});
