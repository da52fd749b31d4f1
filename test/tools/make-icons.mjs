// Regenerates the app icons from assets/icon.svg with Debian's Chromium (headless screenshots, so no
// image library is needed): assets/icon.png (512), assets/icons/<n>x<n>.png for Linux, and
// assets/icon.ico for Windows (PNG-compressed entries, 16…256, as Windows Vista and later read them).
// Run: node test/tools/make-icons.mjs   (the outputs are committed; this only runs when the SVG changes)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'vanthu-icons-'));

function render(size) {
  const html = path.join(work, `${size}.html`);
  const out = path.join(work, `${size}.png`);
  const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
  writeFileSync(html, `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  execFileSync('/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1',
    '--default-background-color=00000000', `--window-size=${size},${size}`, `--screenshot=${out}`, `file://${html}`,
  ], { stdio: 'ignore' });
  return readFileSync(out);
}

/** ICO container: 6-byte header, one 16-byte directory entry per image, then the PNG data. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512];
const pngs = new Map(sizes.map((s) => [s, render(s)]));
mkdirSync(path.join(root, 'assets/icons'), { recursive: true });
writeFileSync(path.join(root, 'assets/icon.png'), pngs.get(512));
for (const s of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(path.join(root, `assets/icons/${s}x${s}.png`), pngs.get(s));
writeFileSync(path.join(root, 'assets/icon.ico'), ico(sizes.filter((s) => s <= 256).map((size) => ({ size, png: pngs.get(size) }))));
rmSync(work, { recursive: true, force: true });
console.log('assets/icon.png, assets/icons/*.png, assets/icon.ico written');
