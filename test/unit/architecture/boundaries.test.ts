// The lint rules are the architecture: prove they fire on the imports they exist to forbid.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ["import fs from 'node:fs';"],
    ["import { readFileSync } from 'fs';"],
    ["import { app } from 'electron';"],
    ["import React from 'react';"],
    ["import { $getRoot } from 'lexical';"],
    ["import { LexicalComposer } from '@lexical/react/LexicalComposer';"],
    ["import { x } from '../../renderer/src/app/x';"],
  ])('core/ refuses %s', async (code) => {
    expect(await restricted('core/letter/probe.ts', `${code}\nexport const y = 1;`)).not.toEqual([]);
  });

  it('core/ refuses DOM and Node globals', async () => {
    expect(await restricted('core/letter/probe.ts', 'export const w = window.innerWidth + process.pid;')).toHaveLength(2);
  });

  it('core/ may use its pure libraries', async () => {
    expect(await restricted('core/letter/probe.ts', "import { z } from 'zod';\nimport { Document } from 'docx';\nexport const s = [z, Document];")).toEqual([]);
  });

  it.each([["import fs from 'node:fs';"], ["import { ipcRenderer } from 'electron';"], ["import path from 'path';"], ["import { x } from '../../electron/main';"]])(
    'renderer/ refuses %s',
    async (code) => {
      expect(await restricted('renderer/src/app/probe.ts', `${code}\nexport const y = 1;`)).not.toEqual([]);
    },
  );

  it('electron/ refuses UI libraries', async () => {
    expect(await restricted('electron/probe.ts', "import React from 'react';\nexport const y = React;")).not.toEqual([]);
  });
});
