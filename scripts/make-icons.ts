/**
 * Renders the app icons for the web app manifest from public/favicon.svg with
 * Chromium: `npx tsx scripts/make-icons.ts`. Run once when the favicon changes and
 * commit the PNGs in public/. Not part of the build or the tests.
 *
 *  - icon-192.png, icon-512.png: the favicon as it is (rounded, transparent corners);
 *  - icon-maskable-512.png: full-bleed background, the glyph inside the central 80 %
 *    "safe zone" so any mask shape (circle, squircle) leaves it whole;
 *  - apple-touch-icon.png (180): full-bleed, as iOS rounds it itself.
 */
import { readFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8')
const background = /<rect[^>]*fill="(#[0-9a-f]{3,6})"/i.exec(svg)?.[1] ?? '#1a1a1a'
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`

/** `inset` is the share of each side left as background around the favicon. */
function page(size: number, inset: number) {
  const pad = Math.round(size * inset)
  const fill = inset > 0 ? background : 'transparent'
  return `<!doctype html><html><body style="margin:0;background:${fill}">
    <img src="${dataUrl}" width="${size - 2 * pad}" height="${size - 2 * pad}" style="display:block;margin:${pad}px">
  </body></html>`
}

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.14 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.04 },
]

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  for (const { file, size, inset } of icons) {
    const tab = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
    await tab.setContent(page(size, inset))
    await tab.locator('img').evaluate((img: HTMLImageElement) => img.decode())
    await tab.screenshot({ path: `public/${file}`, omitBackground: inset === 0 })
    await tab.close()
    console.log(`wrote public/${file} (${size}×${size})`)
  }
} finally {
  await browser.close()
}
