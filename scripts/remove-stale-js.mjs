/**
 * Removes compiled `.js` in the components that no `.ts` beside it produces any more (a module moved
 * or deleted since the last build). Git ignores them, so a clean clone has none, but in a working copy
 * the platform compile, the preview and the security scan would still load the stale copy.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LWC_ROOT = fileURLToPath(new URL('../force-app/main/default/lwc', import.meta.url));

function staleFiles(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
        const file = path.join(dir, item.name);
        if (item.isDirectory()) {
            return item.name === '__tests__' ? [] : staleFiles(file);
        }
        return file.endsWith('.js') && !existsSync(file.replace(/\.js$/, '.ts')) ? [file] : [];
    });
}

for (const file of staleFiles(LWC_ROOT)) {
    rmSync(file);
    console.log(`removed stale build output ${path.relative(process.cwd(), file)}`);
}
