/**
 * The generic adapter's cheap half: it has no host and no address of its own. It
 * reads whatever page no other adapter claims, when the user asks for the reader.
 */
import type { Site } from '../adapter';

/** Any other page. */
export const genericSite: Site<'generic'> = { kind: 'generic', hosts: [], urlRules: [] };
