// Jest's own summary ("Tests: 3 passed, 3 total") omits failures when there are none; CI and people
// scanning a log look for one closing line that always names both. It is written on exit so that it
// comes after everything Jest's default reporters print.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `Tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
module.exports = SummaryReporter;
