'use strict';
// Tokenizes every ```contract block of docs/language.md and every specs/**/*.contract with the grammar:
// no token may be scoped invalid, and every keyword of the language (the lexer's keyword tokens in
// Contract.g4) must be scoped as one wherever it stands outside strings, regexes and comments.
const fs = require('fs');
const path = require('path');
const { grammar, keywords } = require('./grammar');

const ROOT = path.resolve(__dirname, '../../..');
const KEYWORD_SCOPE = /^(keyword|storage\.type|constant\.language)\./;
const TEXT_SCOPE = /^(string|comment|meta\.interpolation)/;

function examples() {
  const found = [];
  const markdown = fs.readFileSync(path.join(ROOT, 'docs/language.md'), 'utf8').split('\n');
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i].trim() !== '```contract') continue;
    const start = i + 1;
    let end = start;
    while (end < markdown.length && markdown[end].trim() !== '```') end++;
    found.push({ name: `docs/language.md:${start + 1}`, firstLine: start + 1, lines: markdown.slice(start, end) });
    i = end;
  }
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.contract')) {
      found.push({ name: path.relative(ROOT, full), firstLine: 1, lines: fs.readFileSync(full, 'utf8').split('\n') });
    }
  });
  walk(path.join(ROOT, 'specs'));
  return found;
}

async function main() {
  const g = await grammar();
  const words = keywords(ROOT);
  const problems = [];
  const all = examples();
  let tokens = 0;
  let keywordTokens = 0;
  for (const example of all) {
    let stack = null;
    example.lines.forEach((line, index) => {
      const result = g.tokenizeLine(line, stack);
      stack = result.ruleStack;
      for (const token of result.tokens) {
        tokens++;
        const text = line.substring(token.startIndex, token.endIndex);
        const where = `${example.name.replace(/:\d+$/, '')}:${example.firstLine + index}:${token.startIndex + 1}`;
        const scopes = token.scopes.slice(1);
        if (scopes.some((s) => s.startsWith('invalid'))) {
          problems.push(`${where}: '${text}' is scoped ${scopes.join(' ')}`);
        }
        if (words.has(text) && !scopes.some((s) => TEXT_SCOPE.test(s)) && !scopes.some((s) => /^entity\.name/.test(s))) {
          keywordTokens++;
          if (!scopes.some((s) => KEYWORD_SCOPE.test(s))) {
            problems.push(`${where}: keyword '${text}' is scoped ${scopes.join(' ') || '(nothing)'}`);
          }
        }
      }
    });
  }
  const docs = all.filter((e) => e.name.startsWith('docs/')).length;
  if (docs === 0 || all.length === docs) problems.push('found no examples in docs/language.md or no specs');
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(`examples: ${problems.length} problems`);
    process.exit(1);
  }
  console.log(`examples: ${all.length} (${docs} from docs/language.md), ${tokens} tokens, ` +
    `${keywordTokens} keywords, none invalid`);
}

main().catch((e) => { console.error(e); process.exit(1); });
