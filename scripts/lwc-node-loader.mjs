// Lets Node run the compiled components and tools as the platform would resolve them:
// `c/<bundle>` is the bundle's compiled entry file in force-app, and a relative import without an
// extension (the LWC style) is the `.js` beside it, and `@salesforce/*` modules are the preview's
// (preview/build/salesforceModules.mjs: a schema reference to a field force-app lacks is refused, as
// the org refuses it). Files of the project load as ES modules.
// Use: node --import ./scripts/lwc-node-loader.mjs <file>
import { register } from 'node:module';

register('./lwc-node-hooks.mjs', import.meta.url);
