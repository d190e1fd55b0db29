/**
 * Ends a jest run with one plain line, "N passed, N failed" (", N skipped"), that CI systems
 * read without knowing jest's own summary format.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`
    process.stderr.write(`\n${line}\n`)
  }
}
module.exports = SummaryReporter
