// `npm start`: bundles the preview page (after `npm run build` compiled the components) and serves
// it on http://127.0.0.1:5173 (PORT overrides), with the simulated softphone on the next port.
import { buildPreviewBundle } from './build/bundle.mjs';
import { DEFAULT_PORT, startPreview } from './server/previewServer.mjs';

const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65534) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(2);
}

const { warnings } = await buildPreviewBundle();
for (const warning of warnings) {
    console.warn(`rollup: ${warning}`);
}

let preview;
try {
    preview = await startPreview({ port });
} catch (error) {
    console.error(
        error.code === 'EADDRINUSE' ? `Port ${error.port} is in use: set PORT to another port (PORT=5180 npm start).` : error.message
    );
    process.exit(1);
}

console.log(`Contact Center Bridge preview: ${preview.url}`);
console.log(`  simulated softphone (second origin, allowed by the bridge): ${preview.softphoneUrl}`);
console.log('  records are kept in memory until the preview stops. Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => preview.close().then(() => process.exit(0)));
}
