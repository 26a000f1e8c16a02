'use strict';
// A jest reporter for CI: appends "passed failed" of each jest run to $TEST_COUNTS_FILE, so .ci/run
// can print one plain "N passed, N failed" line for all the runs `npm test` makes.
const fs = require('node:fs');

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.TEST_COUNTS_FILE;
    if (!file) return;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    fs.appendFileSync(file, `${results.numPassedTests} ${failed}\n`);
  }
}

module.exports = CountReporter;
