'use strict';
// Shows `plimsoll check --format json` diagnostics for .contract files: on open and save, and (debounced) as
// you type, by sending the unsaved text on stdin with `--stdin FILE` so relative paths resolve as on disk.
const vscode = require('vscode');
const { spawn } = require('child_process');
const path = require('path');
const { toDiagnostics } = require('./diagnostics');

const LANGUAGE = 'plimsoll-contract';

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection('plimsoll');
  const timers = new Map();
  const running = new Map();
  let warnedMissing = false;

  function settings() {
    const config = vscode.workspace.getConfiguration('plimsoll');
    return {
      command: config.get('path', 'plimsoll'),
      whileTyping: config.get('checkWhileTyping', true),
      debounce: config.get('debounceMilliseconds', 500),
    };
  }

  function check(document) {
    if (document.languageId !== LANGUAGE || document.uri.scheme !== 'file') return;
    const key = document.uri.toString();
    const previous = running.get(key);
    if (previous) previous.kill();
    const file = document.uri.fsPath;
    const directory = path.dirname(file);
    const child = spawn(settings().command, ['check', '--format', 'json', '--stdin', file], { cwd: directory });
    running.set(key, child);
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', (error) => {
      running.delete(key);
      if (!warnedMissing && error.code === 'ENOENT') {
        warnedMissing = true;
        vscode.window.showWarningMessage(
          `plimsoll: cannot run '${settings().command}'; put plimsoll on PATH or set plimsoll.path.`);
      }
    });
    child.on('close', (code) => {
      if (running.get(key) !== child) return; // a newer check replaced this one
      running.delete(key);
      if (code !== 0 && code !== 2) return; // a usage problem of ours, not of the contract
      let parsed;
      try {
        parsed = JSON.parse(stdout);
      } catch (e) {
        return;
      }
      collection.set(document.uri, toDiagnostics(parsed, file, directory).map((d) => {
        const range = new vscode.Range(d.startLine, d.startCharacter, d.endLine, d.endCharacter);
        const severity = d.severity === 'error'
          ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const diagnostic = new vscode.Diagnostic(range, d.message, severity);
        diagnostic.source = 'plimsoll';
        return diagnostic;
      }));
    });
    child.stdin.on('error', () => {}); // the process may end before reading everything
    child.stdin.end(document.getText());
  }

  function later(document) {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      check(document);
    }, settings().debounce));
  }

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidSaveTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.languageId === LANGUAGE && settings().whileTyping) later(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
  );
  vscode.workspace.textDocuments.forEach(check);
}

function deactivate() {}

module.exports = { activate, deactivate };
