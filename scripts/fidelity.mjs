/**
 * `npm run fidelity`: per check, how many fixtures Liseuse and plain Readability get
 * right (scripts/fixtures/fidelity.ts). Exits non-zero unless Liseuse is at 100 %.
 */
import { importWithDom } from './fixtures/run-with-dom.mjs';

const { fidelityReport, formatReport } = await importWithDom('./fidelity.ts');
const report = fidelityReport();
console.log(formatReport(report));
if (report.failures.length || report.rows.some((r) => r.liseuse !== r.applicable)) process.exitCode = 1;
