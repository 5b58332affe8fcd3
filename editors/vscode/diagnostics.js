'use strict';
// Maps `plimsoll check --format json` output (1-based lines and columns, end exclusive) to 0-based ranges
// of the checked file; diagnostics about other files (a Compose file it names) are left to those files.
const path = require('path');

function toDiagnostics(parsed, file, directory) {
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((d) => path.resolve(directory, d.file) === path.resolve(file))
    .map((d) => {
      const startLine = Math.max(0, d.line - 1);
      const startCharacter = Math.max(0, d.column - 1);
      const endLine = Math.max(startLine, (d.endLine || d.line) - 1);
      let endCharacter = Math.max(0, (d.endColumn || d.column + 1) - 1);
      if (endLine === startLine && endCharacter <= startCharacter) endCharacter = startCharacter + 1;
      const message = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
      return { startLine, startCharacter, endLine, endCharacter, severity: d.severity, message };
    });
}

module.exports = { toDiagnostics };
