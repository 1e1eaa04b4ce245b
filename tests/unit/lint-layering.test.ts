import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves each layering rule bites: for every layer, a file at its path that imports what the layer
// does not allow fails lint, and what it allows passes; a file in no layer fails; an npm package not
// sorted by runtime fails, in an import and in package.json. Uses the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(filePath: string, code: string): Promise<Array<{ ruleId: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  return (await messagesFor(filePath, code)).map((m) => m.ruleId ?? m.message);
}

const LAYERING = 'local/layers';
const use = (spec: string) => `import * as m from '${spec}';\nexport const a = m;\n`;
const useType = (spec: string) => `import type * as m from '${spec}';\nexport type A = typeof m;\n`;

describe('layering lint rules: each layer names what it may import', () => {
  // [layer, a file of it, a forbidden import, why]
  it.each([
    ['limits', 'electron/contract/limits.ts', use('zod'), 'zod-free: the renderer imports it'],
    ['limits', 'electron/contract/limits.ts', use('./calls/vault.ts'), 'a leaf: not even the contract'],
    ['contract', 'electron/contract/x.ts', use('node:fs'), 'no Node built-ins'],
    ['contract', 'electron/contract/x.ts', use('../core/errors/index.ts'), 'not core'],
    ['contract', 'electron/contract/x.ts', use('tldts'), 'only zod among packages'],
    ['core', 'electron/core/vault/x.ts', "import 'electron';\n", 'no Electron'],
    ['core', 'electron/core/x.ts', use('react'), 'no React (dom)'],
    ['core', 'electron/core/x.ts', use('../main/main.ts'), 'not a host'],
    ['core', 'electron/core/x.ts', use('../cli/run-cli.ts'), 'not the CLI'],
    ['core', 'electron/core/x.ts', 'export const m = await import("../browser-host/host.ts");\n', 'not a host, even lazily'],
    ['core', 'electron/core/x.ts', use('vitest'), 'no test tools'],
    ['core', 'electron/core/x.ts', "import m = require('../main/main.ts');\nexport const a = m;\n", 'not a host, through import = require() either'],
    ['core', 'electron/core/x.ts', "const m = require('electron');\nexport const a = m;\n", 'no Electron, through require() either'],
    ['core', 'electron/core/x.ts', "export type A = typeof import('../main/main.ts');\n", 'not a host, not even its types'],
    ['main', 'electron/main/x.ts', use('../../renderer/src/App.tsx'), 'not the renderer'],
    ['main', 'electron/main/x.ts', use('../cli/run-cli.ts'), 'not another host'],
    ['main', 'electron/main/x.ts', use('react-dom'), 'no dom packages'],
    ['preload', 'electron/preload/x.ts', use('../core/api/index.ts'), 'contract only'],
    ['preload', 'electron/preload/x.ts', use('node:fs'), 'no Node built-ins'],
    ['browser-host', 'electron/browser-host/x.ts', "import 'electron';\n", 'it stands in for Electron'],
    ['browser-host', 'electron/browser-host/x.ts', use('../main/start-app.ts'), 'not another host'],
    ['browser-host', 'electron/browser-host/x.ts', use('../../renderer/src/api.ts'), 'not the renderer'],
    ['cli', 'electron/cli/x.ts', "import 'electron';\n", 'a terminal: no Electron'],
    ['cli', 'electron/cli/x.ts', use('../main/main.ts'), 'not another host'],
    ['cli', 'electron/cli/x.ts', use('../browser-host/host.ts'), 'not another host'],
    ['cli', 'electron/cli/x.ts', use('playwright-core'), "not the browser host's driver"],
    ['cli', 'electron/cli/x.ts', use('../../renderer/src/strings/en.ts'), 'not the renderer'],
    ['renderer', 'renderer/src/x.ts', use('node:fs'), 'no Node built-ins'],
    ['renderer', 'renderer/src/x.ts', use('fs'), 'no Node built-ins, without node: either'],
    ['renderer', 'renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'only window.apppass'],
    ['renderer', 'renderer/src/x.tsx', use('../../electron/core/api/index.ts'), 'not core'],
    ['renderer', 'renderer/src/x.ts', use('../../electron/contract/index.ts'), 'contract values (zod) stay out'],
    ['renderer', 'renderer/src/x.ts', use('../../electron/contract/calls/vault.ts'), 'contract values (zod) stay out'],
    ['renderer', 'renderer/src/x.ts', use('imapflow'), 'no node packages'],
    ['renderer', 'renderer/src/x.ts', use('zod'), 'both packages stay in the core'],
    ['bin', 'bin/x.mjs', use('../electron/cli/run-cli.ts'), 'only the built CLI'],
    ['build', 'build/x.mjs', use('../electron/core/vault/index.ts'), 'build scripts do not run the app'],
    ['test-support', 'tests/support/x.ts', use('../unit/vault/helpers.ts'), 'the kit does not lean on the tests'],
    ['tests', 'tests/unit/x.test.ts', use('../../dist/cli/apppass.mjs'), 'dist is no layer: run what ships as a process'],
    ['bench', 'bench/x.ts', use('../electron/main/main.ts'), 'core and contract only'],
    ['bench', 'bench/x.ts', use('../tests/unit/vault/helpers.ts'), 'the test kit, not the tests'],
  ])('%s (%s): %s → fails (%s)', async (_layer, filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain(LAYERING);
  });

  it.each([
    ['limits', 'electron/contract/limits.ts', 'export const A_LIMIT = 3;\n'],
    ['contract', 'electron/contract/x.ts', "import { z } from 'zod';\nimport { GENERATOR_LIMITS } from './limits.ts';\nexport const a = [z, GENERATOR_LIMITS];\n"],
    ['core', 'electron/core/x.ts', "import { z } from 'zod';\nimport { readFile } from 'node:fs/promises';\nimport { contract } from '../contract/index.ts';\nexport const a = [z, readFile, contract];\n"],
    ['main', 'electron/main/x.ts', "import { app } from 'electron';\nimport { createHandlers } from '../core/api/index.ts';\nexport const a = [app, createHandlers];\n"],
    ['preload', 'electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { CALL_NAMES } from '../contract/index.ts';\nexport const a = [contextBridge, CALL_NAMES];\n"],
    ['browser-host', 'electron/browser-host/x.ts', "import { chromium } from 'playwright-core';\nimport { createServices } from '../core/api/index.ts';\nexport const a = [chromium, createServices];\n"],
    ['cli', 'electron/cli/x.ts', "import { parseArgs } from 'node:util';\nimport { openVault } from '../core/vault/index.ts';\nimport type { ErrorPayload } from '../contract/result.ts';\nexport const a = [parseArgs, openVault];\nexport type E = ErrorPayload;\n"],
    ['renderer (contract types)', 'renderer/src/x.ts', "import type { AppInfo } from '../../electron/contract/index.ts';\nexport type A = AppInfo;\n"],
    ['renderer (limits as values)', 'renderer/src/x.tsx', "import { useState } from 'react';\nimport { GENERATOR_LIMITS } from '../../electron/contract/limits.ts';\nexport const a = [useState, GENERATOR_LIMITS];\n"],
    ['renderer (type-only specifiers)', 'renderer/src/x.ts', "import { type AppInfo } from '../../electron/contract/index.ts';\nexport type A = AppInfo;\n"],
    ['build', 'build/x.mjs', "import { build } from 'esbuild';\nimport { fuseConfig } from './fuses.cjs';\nexport const a = [build, fuseConfig];\n"],
    ['tests', 'tests/unit/x.test.ts', "import { it } from 'vitest';\nimport { App } from '../../renderer/src/App.tsx';\nimport { makeTempVault } from '../support/temp-vault.ts';\nexport const a = [it, App, makeTempVault];\n"],
    ['bench', 'bench/x.ts', "import { generate } from '../electron/core/generator/index.ts';\nimport { requireTool } from '../tests/support/require-tool.ts';\nexport const a = [generate, requireTool];\n"],
  ])('%s: allowed imports pass', async (_layer, filePath, code) => {
    expect(await messagesFor(filePath, code)).toEqual([]);
  });

  it('a renderer type import of the contract is allowed, but a value import of the same file is not', async () => {
    expect(await ruleIdsFor('renderer/src/x.ts', useType('../../electron/contract/calls/vault.ts'))).toEqual([]);
    expect(await ruleIdsFor('renderer/src/x.ts', use('../../electron/contract/calls/vault.ts'))).toContain(LAYERING);
  });

  it('a file in a folder no layer owns fails (a new folder is refused until a layer allows it)', async () => {
    const messages = await messagesFor('electron/plugins/x.ts', 'export const a = 1;\n');
    expect(messages.map((m) => m.ruleId)).toContain(LAYERING);
    expect(messages[0]?.message).toContain('in no layer');
    expect(await ruleIdsFor('scripts/x.mjs', 'export const a = 1;\n')).toContain(LAYERING);
  });

  it('LAYERS holds exactly the layers this proof covers (a new layer needs cases here)', async () => {
    const config = (await eslint.calculateConfigForFile('electron/core/x.ts')) as { rules: Record<string, [unknown, { layers: Array<{ name: string }> }]> };
    const layers = config.rules[LAYERING]?.[1].layers ?? [];
    expect(layers.map((l) => l.name).sort()).toEqual(['bench', 'bin', 'browser-host', 'build', 'cli', 'contract', 'core', 'limits', 'main', 'preload', 'renderer', 'test-support', 'tests']);
  });

  it('core may not use DOM globals', async () => {
    expect(await ruleIdsFor('electron/core/x.ts', 'export const t = document.title;\n')).toContain('no-restricted-globals');
  });
});

describe('npm packages sorted by runtime', () => {
  const manifest = readFileSync('package.json', 'utf8');

  it('an import of a package that is not sorted fails, in any layer', async () => {
    for (const filePath of ['electron/core/x.ts', 'renderer/src/x.ts', 'tests/unit/x.test.ts']) {
      const messages = await messagesFor(filePath, use('left-pad'));
      expect(messages.map((m) => m.message).join('\n'), filePath).toContain('"left-pad" is not sorted by runtime');
    }
  });

  it('package.json with a new dependency that is not sorted fails lint', async () => {
    const parsed = JSON.parse(manifest) as { dependencies: Record<string, string> };
    parsed.dependencies['left-pad'] = '1.3.0';
    const messages = await messagesFor('package.json', JSON.stringify(parsed, null, 2));
    expect(messages).toEqual([{ ruleId: 'local/dependencies-sorted', message: expect.stringContaining('"left-pad" (dependencies) is not sorted by runtime') }]);
  });

  it('a dependency removed from package.json but left in the table fails too', async () => {
    const parsed = JSON.parse(manifest) as { dependencies: Record<string, string> };
    delete parsed.dependencies['papaparse'];
    const messages = await messagesFor('package.json', JSON.stringify(parsed, null, 2));
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('"papaparse" is in build/eslint/dependency-runtimes.js but not in package.json')]);
  });

  it('the real package.json is fully sorted', async () => {
    expect(await messagesFor('package.json', manifest)).toEqual([]);
  });
});

describe('the real tree', () => {
  it('has no layering violations and every file is in a layer', async () => {
    const results = await eslint.lintFiles(['.']);
    const layering = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === LAYERING || m.ruleId === 'local/dependencies-sorted' || m.ruleId === 'no-restricted-globals')
        .map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(layering).toEqual([]);
    // Linting the whole tree takes 15–50 s on a busy 2-core machine.
  }, 180_000);
});
