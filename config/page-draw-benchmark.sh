#!/usr/bin/env bash
# Page draw times (issue 13: every card and list draws in under 1 s). Opens each page of a running
# CRM Marketing in headless Chromium at 1366x768 as a logged-in user, RUNS times each, and prints
# the median, min and max from the start of the navigation to the load event with no ajax request
# pending. Needs Debian's chromium and Node.js; playwright-core is fetched once into target/.
#   config/page-draw-benchmark.sh [base url, default http://localhost:8080] [runs, default 5]
#   (CRM_BENCH_USER / CRM_BENCH_PASSWORD: admin / admin-demo)
# Fill the database first with what the target names (1,000 campaigns, 1,000 templates,
# 1,000,000 contacts): README › Benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://localhost:8080}"
runs="${2:-5}"
tools=target/page-draw
if [ ! -d "$tools/node_modules/playwright-core" ]; then
  mkdir -p "$tools"
  npm install --silent --prefix "$tools" playwright-core@1 >/dev/null
fi
NODE_PATH="$tools/node_modules" CRM_BASE="$base" CRM_RUNS="$runs" node - <<'JS'
const { chromium } = require('playwright-core');
const base = process.env.CRM_BASE + '/crm/';
const pages = ['', 'contact/list.xhtml', 'contact/card.xhtml?no=CT000001', 'campaign/list.xhtml',
  'campaign/card.xhtml?no=CP0002', 'segment/list.xhtml', 'segment/card.xhtml?no=SM00001', 'segment/logged.xhtml',
  'interaction/log.xhtml', 'interaction/templates.xhtml', 'interaction/template.xhtml?code=BUS',
  'interaction/create.xhtml?contactNo=CT000001', 'email/compose.xhtml?contactNo=CT000053', 'todo/list.xhtml',
  'campaign/price-lookup.xhtml'];
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(base + 'login.xhtml');
  await page.fill('[id="loginForm:userName"]', process.env.CRM_BENCH_USER || 'admin');
  await page.fill('input[name="loginForm:password"]', process.env.CRM_BENCH_PASSWORD || 'admin-demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(url => !url.toString().includes('login.xhtml'));
  for (const path of pages) {
    const times = [];
    for (let run = 0; run <= Number(process.env.CRM_RUNS); run++) { // the first run warms up, not counted
      const start = Date.now();
      await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForFunction(() => !window.jQuery || jQuery.active === 0);
      if (run > 0) times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log((path || '(home)').padEnd(46) + ' median ' + String(times[times.length >> 1]).padStart(5)
      + ' ms   min ' + String(times[0]).padStart(5) + '   max ' + String(times[times.length - 1]).padStart(5));
  }
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
JS
