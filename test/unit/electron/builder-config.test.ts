// electron-builder.yml is loaded and validated by electron-builder's own code (its JSON schema), and the
// afterPack hook flips the fuses of an Electron-like binary with the real @electron/fuses.
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Fuses from '@electron/fuses';
import { expectHardenedFuses } from './hardened-fuses';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, configPath: string | null, fromOptions: null): Promise<Record<string, unknown> & Config>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { flipFuses } = require('@electron/fuses') as typeof Fuses;
const afterPack = require('../../../electron/builder/after-pack.cjs') as (context: unknown) => Promise<void>;

interface Config {
  appId: string;
  productName: string;
  afterPack: string;
  fileAssociations: Array<{ ext: string; icon: string }>;
  win: { target: Array<{ target: string }>; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: string[]; icon: string };
  directories: { buildResources: string };
}

const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is rejected by the same validation when it contains an unknown option (the check is real)', async () => {
    const broken = { ...(await load()), nsis: { oneClick: false, perUserInstall: true } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/);
  });

  it('asks for a per-user, Vietnamese, assisted NSIS installer and Linux AppImage + deb', async () => {
    const config = await load();
    expect(config.productName).toBe('Văn thư');
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: false, allowToChangeInstallationDirectory: true, installerLanguages: ['vi_VN'], language: '1066' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.fileAssociations.map((f) => f.ext)).toEqual(['vanthu']);
  });

  it('points at icons and a hook that exist', async () => {
    const config = await load();
    const icon = await fs.readFile(path.join(root, config.win.icon));
    expect([...icon.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(icon.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    expect((await fs.readdir(path.join(root, config.linux.icon))).sort()).toContain('512x512.png');
    expect((await fs.stat(path.join(root, config.directories.buildResources, `${config.fileAssociations[0]?.icon}.ico`))).size).toBeGreaterThan(0);
    expect((await fs.stat(path.join(root, config.afterPack))).isFile()).toBe(true);
  });
});

describe('afterPack fuses', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const ON = 49;
  const OFF = 48;

  it('flips the fuses of the packaged binary as the issue asks', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vanthu-fuses-'));
    const binary = path.join(dir, 'vanthu');
    // Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off.
    const wire = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];
    await fs.writeFile(binary, Buffer.concat([Buffer.alloc(64, 7), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.alloc(64, 7)]));
    const calls: string[] = [];
    await afterPack({
      electronPlatformName: 'linux',
      appOutDir: dir,
      packager: {
        addElectronFuses: (_context: unknown, config: Parameters<typeof flipFuses>[1]) => {
          calls.push('addElectronFuses');
          return flipFuses(binary, config);
        },
      },
    });
    expect(calls).toEqual(['addElectronFuses']);
    await expectHardenedFuses(binary);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
