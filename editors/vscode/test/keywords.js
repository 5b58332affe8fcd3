'use strict';
// Every keyword of the language, wherever it may stand, is scoped as a keyword by the grammar.
const path = require('path');
const { grammar, keywords } = require('./grammar');

async function main() {
  const g = await grammar();
  const words = [...keywords(path.resolve(__dirname, '../../..'))];
  const missing = words.filter((word) => {
    const token = g.tokenizeLine(`  ${word} x`, null).tokens.find((t) => t.startIndex === 2);
    return !token || token.endIndex !== 2 + word.length
      || !token.scopes.some((s) => /^(keyword|storage\.type|constant\.language)\./.test(s));
  });
  if (words.length < 50 || missing.length > 0) {
    console.error(`keywords: not scoped as keywords: ${missing.join(', ') || '(found too few keywords)'}`);
    process.exit(1);
  }
  console.log(`keywords: all ${words.length} of Contract.g4 scoped`);
}

main().catch((e) => { console.error(e); process.exit(1); });
