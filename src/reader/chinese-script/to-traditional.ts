/**
 * Classic-script entry (dist/chinese-traditional.js): simplified → traditional
 * with OpenCC's dictionaries, about 1 MB, nearly all of it the phrase list.
 * Injected by the background into the reader's world the first time a reader
 * asks (load-converter.ts), never with the reader bundle or at page load.
 */
import { configs } from 'opencc-js/preset/cn2t';
import { registerConverters } from './register-converters';

registerConverters('hant', configs);
