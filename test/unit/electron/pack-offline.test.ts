// The packaging pipeline as far as it runs without downloads: electron-builder with our
// electron-builder.yml and a stand-in Electron distribution (a file carrying Electron's fuse wire),
// Linux `dir` target. Proves the config is usable end to end, the asar holds only the bundles, and
// the afterPack hook really flips the fuses inside electron-builder.
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHardenedFuses } from './hardened-fuses';

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '../../..');
const { build } = require('electron-builder') as { build(options: Record<string, unknown>): Promise<string[]> };
const asar = require('@electron/asar') as { listPackage(file: string, options: object): string[] };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 49;
const OFF = 48;
let work: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-pack-'));
  const project = path.join(work, 'project');
  const dist = path.join(work, 'electron-dist');
  // A minimal project: our real config, hook, icons and package.json; tiny bundles in dist/.
  for (const file of ['electron-builder.yml', 'package.json', 'electron/builder/after-pack.cjs']) {
    await fs.mkdir(path.dirname(path.join(project, file)), { recursive: true });
    await fs.copyFile(path.join(repo, file), path.join(project, file));
  }
  await fs.cp(path.join(repo, 'assets'), path.join(project, 'assets'), { recursive: true });
  await fs.symlink(path.join(repo, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  await fs.mkdir(path.join(project, 'dist/electron'), { recursive: true });
  await fs.mkdir(path.join(project, 'dist/renderer/assets'), { recursive: true });
  await fs.mkdir(path.join(project, 'dist/cli'), { recursive: true });
  await fs.writeFile(path.join(project, 'dist/electron/main.cjs'), '// main');
  await fs.writeFile(path.join(project, 'dist/electron/preload.cjs'), '// preload');
  await fs.writeFile(path.join(project, 'dist/electron/main.cjs.map'), '{}');
  await fs.writeFile(path.join(project, 'dist/renderer/index.html'), '<!doctype html>');
  await fs.writeFile(path.join(project, 'dist/renderer/assets/index.js'), '// ui');
  await fs.writeFile(path.join(project, 'dist/cli/vanthu.cjs'), '// cli is not part of the desktop app');
  // Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect, file:// privileges on; the rest off.
  const wire = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];
  await fs.mkdir(dist, { recursive: true });
  await fs.writeFile(path.join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire])]), { mode: 0o755 });
  await fs.writeFile(path.join(dist, 'version'), '45.4.1');

  await build({
    projectDir: project,
    linux: ['dir'],
    publish: 'never',
    config: { electronDist: dist, electronVersion: '45.4.1', directories: { output: path.join(work, 'release') } },
  });
}, 120_000);

afterAll(() => fs.rm(work, { recursive: true, force: true }));

describe('offline packaging with electron-builder', () => {
  it('names the executable vanthu and flips its fuses in afterPack', async () => {
    const exe = path.join(work, 'release/linux-unpacked/vanthu');
    await expectHardenedFuses(exe);
  });

  it('packs only the main/preload bundles, the renderer and package.json into app.asar', () => {
    const entries = asar.listPackage(path.join(work, 'release/linux-unpacked/resources/app.asar'), {}).map((e) => e.replaceAll('\\', '/'));
    expect(entries.filter((e) => /\.\w+$/.test(e)).sort()).toEqual([
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/renderer/assets/index.js',
      '/dist/renderer/index.html',
      '/package.json',
    ]);
  });
});
