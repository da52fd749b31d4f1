// The fuse wire a packaged Văn thư must have (Electron's security checklist; the afterPack hook flips
// them). One table for the hook's own test and for the real offline packaging run, so the two cannot
// drift apart. ASCII '1' / '0' is how @electron/fuses stores a fuse that is on / off.
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type * as Fuses from '@electron/fuses';

const { getCurrentFuseWire, FuseV1Options } = createRequire(import.meta.url)('@electron/fuses') as typeof Fuses;

const ON = 49;
const OFF = 48;

const EXPECTED: ReadonlyArray<[Fuses.FuseV1Options, number]> = [
  [FuseV1Options.RunAsNode, OFF],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, OFF],
  [FuseV1Options.EnableNodeCliInspectArguments, OFF],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, ON],
  [FuseV1Options.OnlyLoadAppFromAsar, ON],
  [FuseV1Options.EnableCookieEncryption, ON],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, OFF],
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, OFF],
];

/** Reads the binary's fuse wire and asserts every fuse of the table, naming the one that is wrong. */
export async function expectHardenedFuses(binary: string): Promise<void> {
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
  for (const [fuse, state] of EXPECTED) expect({ fuse: FuseV1Options[fuse], state: wire[fuse] }).toEqual({ fuse: FuseV1Options[fuse], state });
}
