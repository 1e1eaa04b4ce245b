// The local ESLint plugin that enforces AppPass's layers as allow-lists (VS Code's code-layering and
// code-import-patterns) and the runtime of every npm package (Signal Desktop's file-suffix).
//
// `local/layers` takes the LAYERS list from eslint.config.js. Each layer names the folders
// (or single files) it owns and what it MAY import: other layers (as values, or as types only), npm
// packages by runtime (dependency-runtimes.js), build tooling, Node built-ins. Anything not named is
// refused, so a new folder or a new import is an error until a layer allows it.
// `local/dependencies-sorted` runs on package.json and fails while a dependency is missing from
// dependency-runtimes.js. tests/unit/lint-layering.test.ts proves both bite.
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { DEPENDENCY_RUNTIMES } from './dependency-runtimes.js';

const BUILTINS = new Set(builtinModules);

/**
 * @typedef {object} Layer
 * @property {string} name
 * @property {string[]} owns  folders (ending in '/') or single files, relative to the repository root
 * @property {string[]} [imports]  other layers it may import values (and types) from
 * @property {string[]} [importsTypes]  layers it may import TYPES only from (`import type`)
 * @property {Array<'node' | 'dom' | 'both' | 'electron'>} [runtimes]  npm packages of these runtimes
 * @property {string[]} [packages]  npm packages by name (when `runtimes` is too wide)
 * @property {boolean} [tools]  build and test tooling (`tool: true` in the table)
 * @property {boolean} [nodeBuiltins]  node:fs and the like
 */

/** The path with forward slashes, relative to the root; null when outside it. */
function repoPath(root, absolute) {
  const rel = relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** The layer owning a repository path: the longest matching entry wins (a file beats its folder). */
function layerOf(layers, path) {
  let best = null;
  let bestLength = -1;
  for (const layer of layers) {
    for (const owned of layer.owns) {
      const hit = owned.endsWith('/') ? path.startsWith(owned) : path === owned;
      if (hit && owned.length > bestLength) {
        best = layer;
        bestLength = owned.length;
      }
    }
  }
  return best;
}

/** 'react-dom/client' → 'react-dom'; '@zxcvbn-ts/core/x' → '@zxcvbn-ts/core'. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isTypeOnly(node) {
  if (node.type === 'TSImportType') return true;
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')
  );
}

function describeAllowed(layer) {
  const parts = [layer.name, ...(layer.imports ?? [])];
  if (layer.importsTypes?.length) parts.push(`types of ${layer.importsTypes.join(', ')}`);
  return parts.join(', ');
}

function describePackages(layer) {
  const parts = [...(layer.runtimes ?? []).map((r) => `${r} packages`), ...(layer.packages ?? [])];
  if (layer.tools) parts.push('tools');
  if (layer.nodeBuiltins) parts.push('Node built-ins');
  return parts.length > 0 ? parts.join(', ') : 'no packages';
}

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its entry in LAYERS (eslint.config.js) allows.' },
    schema: [{ type: 'object', properties: { layers: { type: 'array' } }, required: ['layers'], additionalProperties: false }],
    messages: {
      noLayer: '{{file}} is in no layer. Add its folder to a layer in eslint.config.js (LAYERS), saying what it may import.',
      outside: '"{{specifier}}" resolves to {{target}}, which is in no layer: a {{from}} file may import {{allowed}}.',
      layer: 'Bad layering: {{from}} may not import {{to}} ("{{specifier}}"). {{from}} may import: {{allowed}}.',
      typesOnly: '{{from}} may import only TYPES from {{to}} ("{{specifier}}"): use `import type`. Values it may import: {{allowed}}.',
      builtin: '{{from}} may not import the Node built-in "{{specifier}}"; it may use {{packages}}.',
      unsorted: '"{{name}}" is not sorted by runtime: add it to build/eslint/dependency-runtimes.js (node, dom, both or electron).',
      runtime: '{{from}} may not import "{{name}}" ({{runtime}} package); it may use {{packages}}.',
      tool: '"{{name}}" is a build or test tool; {{from}} is app code and may use {{packages}}.',
    },
  },
  create(context) {
    const config = /** @type {Layer[]} */ (context.options[0].layers);
    const root = context.cwd;
    const file = repoPath(root, context.filename);
    if (file === null) return {};
    const from = layerOf(config, file);

    function checkPackage(node, specifier) {
      const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
      if (specifier.startsWith('node:') || BUILTINS.has(bare)) {
        if (!from.nodeBuiltins) context.report({ node, messageId: 'builtin', data: { from: from.name, specifier, packages: describePackages(from) } });
        return;
      }
      const name = packageName(specifier);
      const sorted = DEPENDENCY_RUNTIMES[name];
      if (sorted === undefined) {
        context.report({ node, messageId: 'unsorted', data: { name } });
        return;
      }
      if (from.packages?.includes(name)) return;
      if (sorted.tool && !from.tools) {
        context.report({ node, messageId: 'tool', data: { name, from: from.name, packages: describePackages(from) } });
        return;
      }
      if (!sorted.tool && !(from.runtimes ?? []).includes(sorted.runtime)) {
        context.report({ node, messageId: 'runtime', data: { from: from.name, name, runtime: sorted.runtime, packages: describePackages(from) } });
      }
    }

    function checkRelative(node, specifier, typeOnly) {
      const target = repoPath(root, resolve(dirname(context.filename), specifier));
      const to = target === null ? null : layerOf(config, target);
      const allowed = describeAllowed(from);
      if (to === null) {
        context.report({ node, messageId: 'outside', data: { specifier, target: target ?? specifier, from: from.name, allowed } });
        return;
      }
      if (to === from || (from.imports ?? []).includes(to.name)) return;
      if ((from.importsTypes ?? []).includes(to.name)) {
        if (!typeOnly) context.report({ node, messageId: 'typesOnly', data: { from: from.name, to: to.name, specifier, allowed } });
        return;
      }
      context.report({ node, messageId: 'layer', data: { from: from.name, to: to.name, specifier, allowed } });
    }

    function check(node, source, typeOnly) {
      if (from === null || !source || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (specifier.startsWith('.') || specifier.startsWith('/')) checkRelative(node, specifier, typeOnly);
      else checkPackage(node, specifier);
    }

    return {
      Program(node) {
        if (from === null) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'noLayer', data: { file } });
      },
      ImportDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source, false),
      TSImportType: (node) => {
        const literal = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument;
        if (literal?.type === 'Literal') check(node, literal, true);
      },
      TSExternalModuleReference: (node) => check(node, node.expression, node.parent?.importKind === 'type'),
      CallExpression: (node) => {
        const [first] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && first?.type === 'Literal') check(node, first, false);
      },
    };
  },
};

const dependenciesSorted = {
  meta: {
    type: 'problem',
    docs: { description: 'Every dependency in package.json is sorted by runtime in build/eslint/dependency-runtimes.js.' },
    schema: [],
    messages: {
      unsorted: '"{{name}}" ({{section}}) is not sorted by runtime: add it to build/eslint/dependency-runtimes.js (node, dom, both or electron).',
      stale: '"{{name}}" is in build/eslint/dependency-runtimes.js but not in package.json{{via}}: remove it from the table.',
      notJson: 'package.json is not valid JSON.',
    },
  },
  create(context) {
    return {
      Program(node) {
        const text = context.sourceCode.text;
        let manifest;
        try {
          manifest = JSON.parse(text);
        } catch {
          context.report({ node, loc: { line: 1, column: 0 }, messageId: 'notJson' });
          return;
        }
        const lineOf = (name) => {
          const at = text.indexOf(`"${name}"`);
          return at < 0 ? 1 : text.slice(0, at).split('\n').length;
        };
        const listed = new Set();
        for (const section of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
          for (const name of Object.keys(manifest[section] ?? {})) {
            listed.add(name);
            if (DEPENDENCY_RUNTIMES[name] === undefined) {
              context.report({ node, loc: { line: lineOf(name), column: 0 }, messageId: 'unsorted', data: { name, section } });
            }
          }
        }
        for (const [name, entry] of Object.entries(DEPENDENCY_RUNTIMES)) {
          if (listed.has(name)) continue;
          if (entry.via !== undefined && listed.has(entry.via)) continue;
          const via = entry.via === undefined ? '' : ` (nor is ${entry.via}, which it comes with)`;
          context.report({ node, loc: { line: 1, column: 0 }, messageId: 'stale', data: { name, via } });
        }
      },
    };
  },
};

/**
 * A parser that lets ESLint run rules on a JSON file: the program is empty, and rules read the
 * file's text from `context.sourceCode.text`.
 */
export const jsonTextParser = {
  meta: { name: 'apppass-json-text' },
  parseForESLint(text) {
    const lines = text.split('\n');
    return {
      ast: {
        type: 'Program',
        body: [],
        sourceType: 'module',
        range: [0, text.length],
        loc: { start: { line: 1, column: 0 }, end: { line: lines.length, column: lines.at(-1).length } },
        tokens: [],
        comments: [],
      },
    };
  },
};

export const layersPlugin = {
  meta: { name: 'apppass-local' },
  rules: { layers, 'dependencies-sorted': dependenciesSorted },
};
