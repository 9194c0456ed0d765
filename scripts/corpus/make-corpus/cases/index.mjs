/** Every case, in the order the README lists them. */
import './merged.mjs';
import './ditto.mjs';
import './phones-options.mjs';
import './headers-sheets.mjs';
import './dates-ids.mjs';
import './producers.mjs';
import './edges.mjs';

export { CASES } from './helpers.mjs';
