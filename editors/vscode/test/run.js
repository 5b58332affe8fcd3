'use strict';
// The extension's tests, one after the other: scope assertions, the examples, the keywords, the CLI's output.
const { spawnSync } = require('child_process');
const path = require('path');

const HERE = path.resolve(__dirname, '..');
const steps = [
  ['grammar assertions', process.execPath,
    [require.resolve('vscode-tmgrammar-test/dist/unit.js'), '-g', 'syntaxes/contract.tmLanguage.json',
      'test/cases/*.contract-test']],
  ['examples', process.execPath, ['test/examples.js']],
  ['keywords', process.execPath, ['test/keywords.js']],
  ['cli', process.execPath, ['test/cli.js']],
  ['extension', process.execPath, ['test/extension.js']],
];
let failed = 0;
for (const [name, command, args] of steps) {
  const run = spawnSync(command, args, { cwd: HERE, stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`editors: ${name} failed`);
  }
}
console.log(`editors: ${steps.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
