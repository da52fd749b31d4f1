// The app:// origin serves dist/renderer only, always with the strict CSP header.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, resolveAppAsset, serveApp } from '../../../electron/app-protocol';

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-renderer-'));
  await fs.mkdir(path.join(root, 'assets'));
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Văn thư</title>');
  await fs.writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await fs.writeFile(path.join(path.dirname(root), 'secret.txt'), 'secret');
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('maps app://renderer URLs into the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://renderer/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://renderer/assets/index-abc.js?v=1')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it.each(['app://renderer/../secret.txt', 'app://renderer/%2e%2e/secret.txt', 'app://renderer/assets/..%2f..%2fsecret.txt', 'app://renderer/..%5csecret.txt'])(
    'never resolves %s outside the renderer folder, and never serves the file beside it',
    async (url) => {
      const resolved = resolveAppAsset(root, url);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      expect((await serveApp(root)(new Request(url))).status).toBe(404);
    },
  );

  it.each([
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/%00index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://renderer/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('serves files with the CSP header and the right type, 404 for anything else', async () => {
    const serve = serveApp(root);
    const page = await serve(new Request('app://renderer/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Văn thư');
    const script = await serve(new Request('app://renderer/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve(new Request('app://renderer/missing.js'))).status).toBe(404);
    expect((await serve(new Request('app://renderer/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await serve(new Request('app://renderer/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
  });

  it('has a CSP that forbids inline scripts, eval, remote code, frames and plugins', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('app://renderer/index.html#x')).toBe(true);
    expect(isAppUrl('app://renderer.evil/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
