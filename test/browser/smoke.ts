// npm run test:browser — the merchant-plugin path: a page served from localhost loads the ESM build,
// runs `assess` on an example and renders the verdict; Debian's Chromium, driven by playwright-core,
// checks the rendered text and saves a screenshot. Exits non-zero on any failure.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const EXAMPLE = 'examples/06-no-reason-day-8.json';

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>aftersales browser smoke</title>
<script type="importmap">{ "imports": {
  "zod": "/node_modules/zod/index.js",
  "@date-fns/tz/tzOffset": "/node_modules/@date-fns/tz/tzOffset/index.js"
} }</script>
<style>body{font:16px system-ui,sans-serif;margin:2rem} .denied{color:#b00} li{margin:.3rem 0}</style></head>
<body><h1>售后判定 · After-sales decision</h1><div id="out">…</div>
<script type="module">
  import { assess, explain } from '/dist/index.js';
  const input = await (await fetch('/${EXAMPLE}')).json();
  const result = assess(input);
  const out = document.getElementById('out');
  if (!result.ok) { out.textContent = 'invalid: ' + JSON.stringify(result.error); }
  else {
    const e = result.value.eligibility;
    out.innerHTML = '<p id="verdict" class="' + e.verdict + '">verdict: ' + e.verdict + '</p><ul>' +
      e.reasons.map((r) => '<li>' + r.rule + ' · ' + explain(r, 'zh-CN') + '<br>' + explain(r, 'en') + '</li>').join('') + '</ul>';
  }
</script></body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (path === '/' || path === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return;
  }
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
});

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/index.js is missing: run npm run build first');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForSelector('#verdict', { timeout: 15_000 });
    const text = await tab.textContent('#out');
    mkdirSync(join(root, 'reports'), { recursive: true });
    await tab.screenshot({ path: join(root, 'reports/browser-smoke.png'), fullPage: true });
    const expected = ['verdict: denied', 'ELG-06', '七天无理由退换货期限已于 2025-03-09T00:00:00+08:00 结束。'];
    const missing = expected.filter((s) => !text?.includes(s));
    if (missing.length > 0 || errors.length > 0) {
      throw new Error(`browser smoke failed: missing ${JSON.stringify(missing)}, errors ${JSON.stringify(errors)}\n${text}`);
    }
    console.log(`browser smoke: ${expected.length} checks passed in Chromium (${browser.version()}); screenshot reports/browser-smoke.png`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  server.close();
  process.exit(1);
});
