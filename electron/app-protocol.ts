// The renderer is served from a private `app://renderer/` origin instead of file://: every response
// carries the strict Content-Security-Policy as a real header (a page cannot weaken it), only files
// inside dist/renderer can be reached, and the sender check in ipc/ has a precise origin to compare.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Scripts and styles only from the app itself; inline styles are allowed because the editor positions
 * text with style attributes. No network, no frames, no plugins, no form posts, no <base> tricks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** True when a URL belongs to the app's own origin (used by the IPC sender check). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file under `root` that an app:// URL names, or null when it points anywhere else. */
export function resolveAppAsset(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  const inside = path.relative(path.resolve(root), file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

export function responseHeaders(file: string): Record<string, string> {
  return {
    'content-type': mimeTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
}

/** The app:// protocol handler: files from `root` only, each with the security headers above. */
export function serveApp(root: string, readFile: (file: string) => Promise<Uint8Array> = (f) => fs.readFile(f)) {
  return async (request: Request): Promise<Response> => {
    const file = request.method === 'GET' ? resolveAppAsset(root, request.url) : null;
    if (file === null) return new Response('Không tìm thấy', { status: 404 });
    try {
      return new Response(new Uint8Array(await readFile(file)), { headers: responseHeaders(file) });
    } catch {
      return new Response('Không tìm thấy', { status: 404 });
    }
  };
}
