// Builds the Node side: the CLI (dist/cli/vanthu.cjs, the `vanthu` bin) and, when present, the
// Electron main process and preload. Runs on `npm ci` (prepare) so `npx vanthu` works at once.
import { build } from 'esbuild';
import { existsSync, chmodSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', legalComments: 'none' };

await build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/vanthu.cjs', banner: { js: '#!/usr/bin/env node' } });
chmodSync('dist/cli/vanthu.cjs', 0o755);

for (const [entry, outfile] of [['electron/main.ts', 'dist/electron/main.cjs'], ['electron/preload.ts', 'dist/electron/preload.cjs']]) {
  if (existsSync(entry)) await build({ ...common, entryPoints: [entry], outfile, external: ['electron'] });
}
