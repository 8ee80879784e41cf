import { chromium } from '@playwright/test';
import fs from 'node:fs';
const [,, src] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.setContent('<body></body>');
await p.addScriptTag({ content: fs.readFileSync('node_modules/jsqr/dist/jsQR.js', 'utf8') });
const data = fs.readFileSync(src).toString('base64');
const r = await p.evaluate(async (data) => {
  const blob = await (await fetch('data:image/png;base64,' + data)).blob();
  const bm = await createImageBitmap(blob);
  const out = [];
  for (const scale of [1, 2, 0.75]) {
  const c = document.createElement('canvas'); c.width = Math.round(bm.width*scale); c.height = Math.round(bm.height*scale);
  const ctx = c.getContext('2d'); ctx.drawImage(bm, 0, 0, c.width, c.height);
  const f = jsQR(ctx.getImageData(0,0,c.width,c.height).data, c.width, c.height, { inversionAttempts: 'attemptBoth' });
  out.push([scale, bm.width, f ? f.data.slice(0, 40) + ' v' + f.version : null]);
  }
  return out;
}, data);
console.log(r);
await b.close();
