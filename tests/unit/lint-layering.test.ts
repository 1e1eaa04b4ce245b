import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves each layering rule bites: a violating file at each layer's path fails lint, and the
// allowed imports pass. Uses the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

describe('layering lint rules', () => {
  it.each([
    ['electron/core/vault/x.ts', "import 'electron';"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/core/x.ts', "import React from 'react';\nexport const r = React;"],
    ['electron/core/x.ts', "import { x } from '../main/main.ts';\nexport const y = x;"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
    ['renderer/src/x.ts', "import fs from 'fs';\nexport const f = fs;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;"],
    ['renderer/src/x.tsx', "import { createHandlers } from '../../electron/core/api/index.ts';\nexport const c = createHandlers;"],
    ['renderer/src/x.ts', "import { contract } from '../../electron/contract/index.ts';\nexport const c = contract;"],
    ['electron/main/x.ts', "import { App } from '../../renderer/src/App.tsx';\nexport const a = App;"],
    ['electron/contract/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
    ['electron/preload/x.ts', "import { createHandlers } from '../core/api/index.ts';\nexport const c = createHandlers;"],
  ])('%s: %s → fails', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain(RESTRICTED);
  });

  it('core may not use DOM globals', async () => {
    expect(await ruleIdsFor('electron/core/x.ts', 'export const t = document.title;\n')).toContain('no-restricted-globals');
  });

  it.each([
    ['electron/core/x.ts', "import { z } from 'zod';\nimport { contract } from '../contract/index.ts';\nexport const a = [z, contract];"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { createHandlers } from '../core/api/index.ts';\nexport const a = [app, createHandlers];"],
    ['renderer/src/x.ts', "import type { AppInfo } from '../../electron/contract/index.ts';\nexport type A = AppInfo;"],
  ])('%s: allowed imports pass', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toEqual([]);
  });

  it('the real tree has no layering violations', async () => {
    const results = await eslint.lintFiles(['electron', 'renderer/src']);
    const layering = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RESTRICTED || m.ruleId === 'no-restricted-globals').map((m) => `${r.filePath}: ${m.message}`));
    expect(layering).toEqual([]);
    // Linting the whole tree takes 15–50 s on a busy 2-core machine.
  }, 180_000);
});
