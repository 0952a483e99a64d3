#!/usr/bin/env node
// Renders every BPMN model in <repo>/bpmn/*.bpmn to <repo>/docs/images/<basename>.png.
//
//   cd docs/render && npm install && node render-diagrams.mjs [file.bpmn ...]
//
// Uses the system Chromium (Debian package `chromium`) through playwright-core;
// it never downloads a browser. Override the binary with CHROMIUM_PATH.
// The page is local: the bpmn-js viewer comes from node_modules, no network.

import { readFile, readdir, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const bpmnDir = join(repoRoot, 'bpmn');
const outDir = join(repoRoot, 'docs', 'images');

const MARGIN = 24;          // CSS px of white space around the diagram
const SCALE = 2;            // device scale factor, for sharp pictures
const MAX_SIDE = 8000;      // CSS px; keeps a huge diagram from exhausting memory

const require = createRequire(import.meta.url);
const viewerScript = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const diagramCss = join(dirname(viewerScript), 'assets', 'diagram-js.css');
const bpmnCss = join(dirname(viewerScript), 'assets', 'bpmn-js.css');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style>
  html, body { margin: 0; padding: 0; background: #fff; }
  #canvas { width: 1600px; height: 1000px; }
  #out { display: inline-block; padding: ${MARGIN}px; background: #fff; line-height: 0; }
  #out svg { display: block; }
</style></head>
<body><div id="canvas"></div></body></html>`;

async function inputFiles() {
  const args = process.argv.slice(2);
  if (args.length) return args.map((a) => resolve(process.cwd(), a));
  const names = (await readdir(bpmnDir)).filter((n) => n.endsWith('.bpmn')).sort();
  return names.map((n) => join(bpmnDir, n));
}

async function render(browser, file) {
  const xml = await readFile(file, 'utf8');
  const out = join(outDir, basename(file, '.bpmn') + '.png');

  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: SCALE,
    locale: 'en-US',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.setContent(PAGE);
    await page.addStyleTag({ path: diagramCss });
    await page.addStyleTag({ path: bpmnCss });
    await page.addScriptTag({ path: viewerScript });

    // Import, fit, then export the diagram as SVG (tight bounding box of all
    // shapes, connections and labels) and show that SVG alone on a white page.
    const result = await page.evaluate(async (diagramXml) => {
      // eslint-disable-next-line no-undef
      const viewer = new BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(diagramXml);
      viewer.get('canvas').zoom('fit-viewport');
      const { svg } = await viewer.saveSVG();
      viewer.destroy();
      document.body.innerHTML = `<div id="out">${svg}</div>`;
      const el = document.querySelector('#out svg');
      return {
        warnings: warnings.map((w) => w.message),
        width: Math.ceil(parseFloat(el.getAttribute('width'))),
        height: Math.ceil(parseFloat(el.getAttribute('height'))),
      };
    }, xml);

    for (const w of result.warnings) console.warn(`  warning (${basename(file)}): ${w}`);
    if (!(result.width > 0 && result.height > 0)) {
      throw new Error(`empty diagram (no DI shapes?) in ${file}`);
    }
    if (result.width > MAX_SIDE || result.height > MAX_SIDE) {
      throw new Error(`diagram too large (${result.width}x${result.height}) in ${file}`);
    }

    await page.setViewportSize({
      width: result.width + 2 * MARGIN,
      height: result.height + 2 * MARGIN,
    });
    await page.evaluate(() => document.fonts.ready);
    await page.locator('#out').screenshot({ path: out, omitBackground: false });
    if (errors.length) console.warn(`  page errors: ${errors.join('; ')}`);
    return { out, ...result };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath}. Install Debian's "chromium" or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  const files = await inputFiles();
  if (!files.length) {
    console.error(`no .bpmn files in ${bpmnDir}`);
    process.exit(1);
  }
  await mkdir(outDir, { recursive: true });

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const r = await render(browser, file);
        console.log(`${basename(file)} -> ${r.out} (${(r.width + 2 * MARGIN) * SCALE}x${(r.height + 2 * MARGIN) * SCALE} px)`);
      } catch (e) {
        failed++;
        console.error(`FAILED ${file}: ${e.message}`);
      }
    }
  } finally {
    await browser.close();
  }
  if (failed) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
