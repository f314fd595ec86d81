// `npm start`: bundles the preview page (after `npm run build` compiled the components) and serves
// it on http://127.0.0.1:5173 (PORT overrides), with the simulated softphone on the next port.
import { createServer } from 'node:net';
import { buildPreviewBundle } from './build/bundle.mjs';
import { close, listen, portHolder } from './server/http.mjs';
import { DEFAULT_PORT, HOST, startPreview } from './server/previewServer.mjs';

const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65534) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(2);
}

let preview;
let stopping = false;
function stop() {
    if (!stopping) {
        stopping = true;
        (preview?.close() ?? Promise.resolve()).then(() => process.exit(0));
    }
}

// Ctrl+C signals every process of the terminal's foreground group, this one included. A SIGTERM
// sent to the npm process is not: npm forwards it to the `sh -c` that runs the start script, the
// shell dies and this process would go on serving both ports (seen with npm 11.19 and dash
// 0.5.12). Linux gives an orphan a new parent (init or a subreaper), so a changed parent pid means
// whoever started the preview is gone, and the preview stops too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, stop);
}
const parentPid = process.ppid;
setInterval(() => process.ppid !== parentPid && stop(), 250).unref();

// A taken port is told before the bundle, the slow part; startPreview still meets it if another
// process takes the port in between.
await exitIfFailed(async () => {
    for (const each of port === 0 ? [] : [port, port + 1]) {
        const probe = createServer();
        await listen(probe, HOST, each);
        await close(probe);
    }
});

const { warnings } = await buildPreviewBundle();
for (const warning of warnings) {
    console.warn(`rollup: ${warning}`);
}

await exitIfFailed(async () => {
    preview = await startPreview({ port });
});
console.log(`Contact Center Bridge preview: ${preview.url}`);
console.log(`  simulated softphone (second origin, allowed by the bridge): ${preview.softphoneUrl}`);
console.log('  records are kept in memory until the preview stops. Press Ctrl+C to stop.');

async function exitIfFailed(step) {
    try {
        await step();
    } catch (error) {
        console.error(error.code === 'EADDRINUSE' ? portInUse(error.port) : error.message);
        process.exit(1);
    }
}

function portInUse(busyPort) {
    const which = busyPort === port ? 'the page' : 'the simulated softphone';
    const holder = portHolder(busyPort);
    const by = holder ? ` by process ${holder.pid} (${holder.command})` : '';
    const next = port === 5180 ? 5190 : 5180;
    return `Port ${busyPort} (${which}) is in use${by}: stop it, or set PORT to another port (PORT=${next} npm start uses ${next} and ${next + 1}).`;
}
