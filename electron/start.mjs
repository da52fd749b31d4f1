// `npm start`, honest on every machine: run the desktop app with Electron when its binary can be had;
// when it cannot (Electron ≥ 42 downloads the binary on first use, and offline or firewalled machines
// cannot), say so in Vietnamese and serve the same renderer in the browser instead (web platform).
// Usage: node electron/start.mjs [--sample] [file.vanthu]   (expects `npm run build` to have run)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
/** A first download of ~100 MB on a slow office line; beyond this we stop waiting and use the browser. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

const say = (text) => process.stdout.write(`${text}\n`);

/** The Electron executable, fetching it first exactly as `require('electron')` would; null with a reason. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const installed = () => existsSync(pathFile) && existsSync(path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'), readFileSync(pathFile, 'utf8')));
  if (!installed()) {
    say('Đang tải Electron (chỉ cần một lần)…');
    // install.js is what electron's own index.js runs; we run it ourselves to get its exit code and
    // keep its stack trace away from the clerk.
    const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: DOWNLOAD_TIMEOUT_MS });
    if (run.error || run.status !== 0 || !installed()) {
      const detail = run.error?.code === 'ETIMEDOUT' ? 'quá thời gian chờ' : (`${run.stderr ?? ''}`.match(/^\w*Error:.*$/m)?.[0] ?? `mã thoát ${run.status}`);
      return { binary: null, reason: `không tải được Electron ${require('electron/package.json').version} (${detail.slice(0, 200)})` };
    }
  }
  const binary = require('electron');
  return existsSync(binary) ? { binary, reason: null } : { binary: null, reason: `không tìm thấy tệp chạy Electron tại ${binary}` };
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function runElectron(binary) {
  const child = spawn(binary, [root, ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runWeb(reason) {
  say(`Không chạy được ứng dụng máy tính: ${reason}.`);
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    say('Chưa có bản dựng giao diện (dist/renderer). Hãy chạy “npm run build” rồi thử lại.');
    process.exit(1);
  }
  say('Chuyển sang bản chạy trên trình duyệt (cùng giao diện; tệp được tải xuống thay cho hộp thoại lưu).');
  if (args.some((a) => a.toLowerCase().endsWith('.vanthu'))) say('Bản trình duyệt không mở thẳng tệp từ dòng lệnh; hãy dùng Tệp › Mở trong giao diện.');
  // vite.config.mts resolves its root and outDir against the working directory.
  process.chdir(root);
  const { preview } = await import('vite');
  const server = await preview({ preview: { port: 5173, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
  say(`Mở trình duyệt tại: ${url}${args.includes('--sample') ? '' : '?start=blank'}`);
  say('Nhấn Ctrl+C để dừng.');
}

const found = hasDisplay() ? electronBinary() : { binary: null, reason: 'máy không có màn hình đồ hoạ (thiếu DISPLAY/WAYLAND_DISPLAY)' };
if (found.binary) runElectron(found.binary);
else await runWeb(found.reason);
