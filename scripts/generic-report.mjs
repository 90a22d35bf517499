/**
 * `npm run generic-report`: Liseuse against plain Readability on every generic page
 * fixture (scripts/fixtures/generic-report.ts). Exits non-zero where Liseuse is worse.
 */
import { importWithDom } from './fixtures/run-with-dom.mjs';

const { genericReport, formatGenericReport, anyWorse } = await importWithDom('./generic-report.ts');
const rows = genericReport();
console.log(formatGenericReport(rows));
if (anyWorse(rows)) process.exitCode = 1;
