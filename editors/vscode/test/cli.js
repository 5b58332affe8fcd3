'use strict';
// The real CLI's --format sarif validates against the SARIF 2.1.0 schema, and its --format json (from stdin,
// as the extension sends it) maps to the ranges the extension shows.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const Ajv = require('ajv');
const { toDiagnostics } = require('../diagnostics');

const ROOT = path.resolve(__dirname, '../../..');
const PLIMSOLL = process.env.PLIMSOLL || path.join(ROOT, 'plimsoll');
const SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function fail(message) {
  console.error(`cli: ${message}`);
  process.exit(1);
}

function plimsoll(args, options) {
  const run = spawnSync(PLIMSOLL, args, { encoding: 'utf8', ...options });
  if (run.error) fail(`cannot run ${PLIMSOLL}: ${run.error.message}`);
  return run;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plimsoll-editors-'));
try {
  fs.writeFileSync(path.join(dir, 'app.contract'),
    'image "acme/app"\nscenario "stops" {\n  wait for log /listening/ within 5\n  signal TERM\n}\n');
  fs.writeFileSync(path.join(dir, 'good.contract'), 'image "acme/good"\nfile "/etc/passwd" exists\n');

  const sarif = plimsoll(['check', '--format', 'sarif'], { cwd: dir });
  if (sarif.status !== 2) fail(`check --format sarif exited ${sarif.status}, not 2: ${sarif.stderr}`);
  const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  // a draft-04 schema: Ajv reads it once its id is written the later way
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const log = JSON.parse(sarif.stdout);
  if (!ajv.validate(schema, log)) fail(`SARIF output does not match the schema: ${ajv.errorsText()}`);
  const results = log.runs[0].results;
  if (results.length !== 2 || results[0].locations[0].physicalLocation.region.startLine !== 3) {
    fail(`unexpected SARIF results: ${JSON.stringify(results)}`);
  }
  // a broken log must fail the same validation, or the check above proves nothing
  const broken = JSON.parse(sarif.stdout);
  delete broken.runs[0].tool.driver.name;
  if (ajv.validate(schema, broken)) fail('the schema accepted a log without a tool name');

  const file = path.join(dir, 'app.contract');
  const unsaved = 'image "acme/app"\n\nfile "/x" is directory owned by root\n';
  const json = plimsoll(['check', '--format', 'json', '--stdin', file], { cwd: dir, input: unsaved });
  if (json.status !== 2) fail(`check --stdin exited ${json.status}, not 2: ${json.stderr}`);
  const shown = toDiagnostics(JSON.parse(json.stdout), file, dir);
  const expected = [{ startLine: 2, startCharacter: 32, endLine: 2, endCharacter: 36, severity: 'error',
    message: "mismatched input 'root'. expecting: a string" }];
  if (JSON.stringify(shown) !== JSON.stringify(expected)) {
    fail(`--stdin diagnostics ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`);
  }
  console.log(`cli: SARIF of ${results.length} results valid against SARIF 2.1.0; --stdin JSON maps to editor ranges`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
