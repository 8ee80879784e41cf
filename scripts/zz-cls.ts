import { chromium, devices } from '@playwright/test';
import { serveStatic } from '../tests/e2e/static-site';
const server = await serveStatic('build', '', 5407, { gzip: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ ...devices['Pixel 5'] });
const page = await context.newPage();
await page.addInitScript(() => {
  (window as any).__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) (window as any).__shifts.push({ value: e.value, recent: e.hadRecentInput, sources: (e.sources || []).map((s: any) => s.node ? (s.node.outerHTML || s.node.nodeName).slice(0, 160) + ' ' + JSON.stringify(s.previousRect) + '->' + JSON.stringify(s.currentRect) : '?') });
  }).observe({ type: 'layout-shift', buffered: true });
});
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 80000 });
await page.goto('http://localhost:5407/');
await page.waitForTimeout(6000);
console.log(JSON.stringify(await page.evaluate(() => (window as any).__shifts), null, 1));
await browser.close(); server.close();
