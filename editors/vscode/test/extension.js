'use strict';
// Runs extension.js against a stand-in of the vscode API (no VS Code here) and the real CLI: a broken contract
// gets its diagnostics when opened, typing is debounced into one check of the unsaved text, and a missing
// command is said once.
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const ROOT = path.resolve(__dirname, '../../..');
const PLIMSOLL = process.env.PLIMSOLL || path.join(ROOT, 'plimsoll');

function fail(message) {
  console.error(`extension: ${message}`);
  process.exit(1);
}

function standIn(settings) {
  const listeners = { open: [], save: [], change: [], close: [] };
  const state = { sets: [], warnings: [], diagnostics: new Map(), spawnsBefore: 0 };
  const on = (kind) => (fn) => { listeners[kind].push(fn); return { dispose() {} }; };
  class Range {
    constructor(startLine, startCharacter, endLine, endCharacter) {
      Object.assign(this, { startLine, startCharacter, endLine, endCharacter });
    }
  }
  class Diagnostic {
    constructor(range, message, severity) { Object.assign(this, { range, message, severity }); }
  }
  const vscode = {
    Range,
    Diagnostic,
    DiagnosticSeverity: { Error: 0, Warning: 1 },
    languages: {
      createDiagnosticCollection: () => ({
        set(uri, diagnostics) { state.sets.push(diagnostics); state.diagnostics.set(uri.toString(), diagnostics); },
        delete(uri) { state.diagnostics.delete(uri.toString()); },
        dispose() {},
      }),
    },
    workspace: {
      getConfiguration: () => ({ get: (key, fallback) => (key in settings ? settings[key] : fallback) }),
      onDidOpenTextDocument: on('open'),
      onDidSaveTextDocument: on('save'),
      onDidChangeTextDocument: on('change'),
      onDidCloseTextDocument: on('close'),
      textDocuments: [],
    },
    window: { showWarningMessage: (message) => state.warnings.push(message) },
  };
  return { vscode, listeners, state };
}

function load(vscode) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
  const extension = path.resolve(__dirname, '../extension.js');
  delete require.cache[extension];
  return require(extension);
}

function documentOf(file, text) {
  const uri = { scheme: 'file', fsPath: file, toString: () => `file://${file}` };
  return { languageId: 'plimsoll-contract', uri, text, getText() { return this.text; } };
}

async function until(what, condition) {
  for (let i = 0; i < 600; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`gave up waiting: ${what}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plimsoll-extension-'));
  try {
    const file = path.join(dir, 'app.contract');
    fs.writeFileSync(file, 'image "acme/app"\nscenario "s" {\n  signal TERM\n}\n');
    const { vscode, listeners, state } = standIn({ path: PLIMSOLL, debounceMilliseconds: 200 });
    const extension = load(vscode);
    const document = documentOf(file, fs.readFileSync(file, 'utf8'));
    vscode.workspace.textDocuments.push(document);
    extension.activate({ subscriptions: [] });

    await until('diagnostics of the opened file', () => state.sets.length === 1);
    const opened = state.diagnostics.get(document.uri.toString());
    if (opened.length !== 1 || opened[0].message !== "unknown signal 'TERM'\nhint: did you mean 'SIGTERM'?"
        || opened[0].range.startLine !== 2 || opened[0].range.startCharacter !== 9
        || opened[0].range.endCharacter !== 13 || opened[0].severity !== 0) {
      fail(`unexpected diagnostics on open: ${JSON.stringify(opened)}`);
    }

    // typing: three edits in a row, the last one fixes it; only the unsaved text is checked, once
    for (const text of ['image "acme/app"\nx', 'image "acme/app"\nxy', 'image "acme/app"\n']) {
      document.text = text;
      listeners.change.forEach((fn) => fn({ document }));
    }
    await until('diagnostics of the unsaved text', () => state.sets.length >= 2);
    await new Promise((r) => setTimeout(r, 1000));
    if (state.sets.length !== 2 || state.diagnostics.get(document.uri.toString()).length !== 0) {
      fail(`typing gave ${state.sets.length - 1} checks, the last with ${JSON.stringify(state.sets.at(-1))}`);
    }

    listeners.close.forEach((fn) => fn(document));
    if (state.diagnostics.has(document.uri.toString())) fail('closing the file kept its diagnostics');

    const missing = standIn({ path: path.join(dir, 'no-such-plimsoll') });
    load(missing.vscode).activate({ subscriptions: [] });
    missing.listeners.open.forEach((fn) => fn(document));
    missing.listeners.save.forEach((fn) => fn(document));
    await until('a warning about the missing command', () => missing.state.warnings.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    if (missing.state.warnings.length !== 1 || !missing.state.warnings[0].includes('plimsoll.path')) {
      fail(`warnings for a missing command: ${JSON.stringify(missing.state.warnings)}`);
    }
    console.log('extension: diagnostics on open, one check after typing, cleared on close, a missing command said once');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => fail(e.stack));
