/**
 * Classic-script entry (dist/chinese-simplified.js): traditional → simplified
 * with OpenCC's dictionaries (about 100 KB). Injected like to-traditional.ts,
 * only when a reader asks for it.
 */
import { configs } from 'opencc-js/preset/t2cn';
import { registerConverters } from './register-converters';

registerConverters('hans', configs);
