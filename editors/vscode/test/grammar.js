'use strict';
// Loads the extension's TextMate grammar with the same engine VS Code uses, and the language's keywords.
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR = path.resolve(__dirname, '../syntaxes/contract.tmLanguage.json');

async function grammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
  });
  return registry.loadGrammar('source.plimsoll-contract');
}

/** The lexer's keyword tokens: those from IMAGE to ONLY in Contract.g4, as the parser's messages take them. */
function keywords(root) {
  const g4 = fs.readFileSync(
    path.join(root, 'grammar/src/main/antlr4/dev/plimsoll/grammar/parser/Contract.g4'), 'utf8');
  const start = g4.indexOf('\nIMAGE\n');
  const end = g4.indexOf('// Keywords are the tokens from IMAGE to ONLY');
  if (start < 0 || end < 0) throw new Error('Contract.g4 no longer marks its keywords from IMAGE to ONLY');
  const words = [...g4.slice(start, end).matchAll(/^[A-Z_]+\s*\n\s*:\s*'([a-z]+)'/gm)].map((m) => m[1]);
  return new Set(words);
}

module.exports = { grammar, keywords };
