import { chromium } from '@playwright/test';
import { startPreview, CHROMIUM_ARGS } from './scripts/bench-progress';
const server = await startPreview(5300);
const browser = await chromium.launch({ executablePath:'/usr/bin/chromium', args: CHROMIUM_ARGS});
const ctx = await browser.newContext({serviceWorkers:'block'});
async function run(label:string){
for (let r=0;r<4;r++){
const p2 = await ctx.newPage();
await p2.goto('http://localhost:5300/progress/');
await p2.waitForSelector('[data-ready]');
console.log(label, JSON.stringify(await p2.evaluate(()=>({dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd), ...Object.fromEntries(performance.getEntriesByType('mark').map(m=>[m.name, Math.round(m.startTime)])), now: Math.round(performance.now())}))));
await p2.close();
}}
const page = await ctx.newPage();
await page.goto('http://localhost:5300/progress/');
await page.waitForSelector('[data-ready]');
await run('empty');
await page.evaluate(() => new Promise<void>((res)=>{const o=indexedDB.open('lectern'); o.onsuccess=()=>{const tx=o.result.transaction('progress','readwrite'); const s=tx.objectStore('progress'); const day=864e5, st=Date.now()-60*day; for(let i=0;i<10000;i++) s.put({v:1,module:'kadhimi-us-troops-2021',question:'q'+(i%74),score:1,correct:i%4!==0,at:st+i*518}, 'answer:kadhimi-us-troops-2021:b'+i); for(let i=0;i<500;i++) s.put({v:1,module:'kadhimi-us-troops-2021',link:'x'+i,title:'t',questions:['a','b'],scores:{a:1},points:1,possible:2,finishedAt:st+i}, 'attempt:kadhimi-us-troops-2021:b'+i); tx.oncomplete=()=>{o.result.close();res();}}}));
await run('full');
await browser.close(); server.kill();
