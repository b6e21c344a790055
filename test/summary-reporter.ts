// Prints the plain closing line CI reads: "N passed, N failed, N skipped", and, when any, the errors that happened
// outside the tests (a setup or teardown hook, a file that does not load, an unhandled rejection): they fail the run
// too, and a summary that only counted tests would hide them.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let outside = unhandledErrors.length;
    for (const m of modules) {
      let testFailed = false;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') { failed++; testFailed = true; }
        else skipped++;
      }
      outside += m.errors().length;
      if (!m.ok() && !testFailed && m.errors().length === 0) outside++;
    }
    const extra = outside > 0 ? `, ${outside} error${outside === 1 ? '' : 's'} outside the tests` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped${extra}\n`);
  }
}
