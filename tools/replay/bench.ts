/**
 * `npm run bench`: a synthetic 8-hour shift through the replay pipeline, as the product runs (every
 * tab hears every event; unique keys and the record sync keep one record per call), and as a plain
 * per-tab listener would (each tab creates and updates its own record, with no shared key). Each run
 * is a fresh Node process, the two alternating (product first in odd rounds, the listener first in
 * even ones): in one process, whichever ran first paid the JIT warm-up and left its garbage to the
 * second, and the order decided which looked faster (up to twice). Prints the median of the rounds
 * and their range, then one JSON line.
 */
import { spawnSync } from 'child_process';
import { ObjectApiName, type RecordFields } from 'c/ccCore';
import { UiApiEmulator } from '../uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../uiApiEmulator/objectMetadata';
import { ReplaySession } from './replaySession';
import { syntheticShift, TABS } from './syntheticShift';

const USER_ID = '0055g00000AbCdEAAV';
const PROPERTIES = { userId: USER_ID, allowedOrigins: 'https://*.evolux.net.br,https://*.ccaiplatform.com' };

interface RunFigures {
    seconds: number;
    events: number;
    eventsPerSecond: number;
    p99MicrosPerEvent: number;
    interactionWrites: number;
    statusWrites: number;
    interactionRecords: number;
    pauseRecords: number;
    duplicateRecords: number;
    lookups: number;
    peakHeapMB: number;
    /** Per message, every tab together (each message reaches every tab): localStorage writes and change notifications. */
    storageWritesPerMessage: number;
    changesPerMessage: number;
    countsPerMessage: number;
}

/** An emulator whose creates carry no External_Key__c: what a listener without idempotency writes. */
class KeylessEmulator extends UiApiEmulator {
    override createRecord(objectApiName: string, fields: RecordFields): Promise<{ id: string }> {
        const keyless = { ...fields };
        delete keyless.External_Key__c;
        return super.createRecord(objectApiName, keyless);
    }
}

async function run(api: UiApiEmulator, shift: ReturnType<typeof syntheticShift>, sharedStorage: boolean): Promise<RunFigures> {
    const session = new ReplaySession({ properties: PROPERTIES, api, sharedStorage });
    const durations: number[] = [];
    let peakHeap = process.memoryUsage().heapUsed;
    const started = process.hrtime.bigint();
    for (const [index, line] of shift.lines.entries()) {
        const before = process.hrtime.bigint();
        await session.play([line]);
        durations.push(Number(process.hrtime.bigint() - before) / 1000);
        if (index % 100 === 0) {
            peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const work = session.work();
    session.close();
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    durations.sort((a, b) => a - b);
    const interactionRecords = api.recordsOf(ObjectApiName.Interaction).length;
    const pauseRecords = api.recordsOf(ObjectApiName.AgentPause).length;
    const interactionWrites = api.calls.filter((call) => call.objectApiName === ObjectApiName.Interaction).length;
    const statusWrites = api.calls.filter((call) => call.objectApiName === ObjectApiName.AgentStatus).length;
    return {
        seconds,
        events: shift.lines.length,
        eventsPerSecond: Math.round(shift.lines.length / seconds),
        p99MicrosPerEvent: Math.round(durations[Math.floor(durations.length * 0.99)] ?? 0),
        interactionWrites,
        statusWrites,
        interactionRecords,
        pauseRecords,
        duplicateRecords: Math.max(0, interactionRecords - shift.calls - shift.chats) + Math.max(0, pauseRecords - shift.pauseSegments),
        lookups: api.counts.graphql,
        peakHeapMB: Math.round((peakHeap / 1024 / 1024) * 10) / 10,
        storageWritesPerMessage: Math.round((work.storageWrites / shift.lines.length) * 100) / 100,
        changesPerMessage: Math.round((work.changeNotifications / shift.lines.length) * 100) / 100,
        countsPerMessage: Math.round((work.countNotifications / shift.lines.length) * 100) / 100
    };
}

const ROUNDS = 5;
type Variant = 'product' | 'baseline';

/** Runs one variant in this process and prints its figures as one JSON line (`--run product|baseline`). */
async function runVariant(variant: Variant): Promise<void> {
    const shift = syntheticShift();
    const figures =
        variant === 'product'
            ? await run(new UiApiEmulator(projectObjects()), shift, true)
            : await run(new KeylessEmulator(projectObjects()), shift, false);
    console.log(JSON.stringify(figures));
}

/**
 * One variant in a fresh Node process with this process's module loader (`--import`), and no other
 * flag of this one: `--cpu-prof` or `--inspect` belong on one run, `bench.js --run product`.
 */
function runInFreshProcess(variant: Variant): RunFigures {
    const script = process.argv[1];
    if (!script) {
        throw new Error('bench: cannot tell which script to run again');
    }
    const loader: string[] = [];
    process.execArgv.forEach((flag, index, flags) => {
        if (flag === '--import') {
            loader.push(flag, flags[index + 1] ?? '');
        } else if (flag.startsWith('--import=')) {
            loader.push(flag);
        }
    });
    const child = spawnSync(process.execPath, [...loader, script, '--run', variant], { encoding: 'utf8', timeout: 300_000 });
    const line = child.stdout?.trim().split('\n').pop() ?? '';
    if (child.error || child.status !== 0 || !line.startsWith('{')) {
        const how = child.error?.message ?? (child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`);
        throw new Error(`bench run "${variant}" failed (${how}): ${child.stderr}`);
    }
    return JSON.parse(line) as RunFigures;
}

/**
 * The figures of several runs of one variant: the timings are their median, the counts must be equal
 * in every run (the shift and the emulator are deterministic), else the bench is broken.
 */
function combine(runs: RunFigures[]): RunFigures & { eventsPerSecondRange: string } {
    const median = (pick: (figures: RunFigures) => number) => {
        const sorted = runs.map(pick).sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length / 2)] ?? 0;
    };
    const counts = (figures: RunFigures) =>
        JSON.stringify([
            figures.interactionWrites,
            figures.statusWrites,
            figures.interactionRecords,
            figures.pauseRecords,
            figures.lookups,
            figures.duplicateRecords,
            figures.storageWritesPerMessage,
            figures.changesPerMessage,
            figures.countsPerMessage
        ]);
    if (new Set(runs.map(counts)).size > 1) {
        throw new Error(`bench runs of one variant counted differently: ${runs.map(counts).join(' ')}`);
    }
    const speeds = runs.map((figures) => figures.eventsPerSecond).sort((a, b) => a - b);
    return {
        ...(runs[0] as RunFigures),
        eventsPerSecond: median((figures) => figures.eventsPerSecond),
        p99MicrosPerEvent: median((figures) => figures.p99MicrosPerEvent),
        peakHeapMB: median((figures) => figures.peakHeapMB),
        eventsPerSecondRange: `${speeds[0]}–${speeds[speeds.length - 1]}`
    };
}

function table(rows: [string, string | number, string | number][]): string {
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => String(row[column]).length)));
    return rows
        .map((row) => row.map((cell, column) => String(cell)[column === 0 ? 'padEnd' : 'padStart'](widths[column] ?? 0)).join('   '))
        .join('\n');
}

function main(): void {
    const shift = syntheticShift();
    const runs: Record<Variant, RunFigures[]> = { product: [], baseline: [] };
    for (let round = 1; round <= ROUNDS; round += 1) {
        const order: Variant[] = round % 2 === 1 ? ['product', 'baseline'] : ['baseline', 'product'];
        for (const variant of order) {
            runs[variant].push(runInFreshProcess(variant));
        }
    }
    const product = combine(runs.product);
    const baseline = combine(runs.baseline);
    const interactions = shift.calls + shift.chats;
    const perCall = (value: number) => Math.round((value / interactions) * 100) / 100;
    const perChange = (value: number) => Math.round((value / shift.agentStateChanges) * 100) / 100;

    console.log(
        `Synthetic 8-hour shift: ${shift.calls} calls, ${shift.pauseSegments} pause segments, ${shift.chats} chats; every event delivered to ${TABS.length} tabs (${shift.lines.length} messages).`
    );
    console.log(`Median of ${ROUNDS} runs each, alternating, each in a fresh process.`);
    console.log('');
    console.log(
        table([
            ['', 'product', 'plain listener'],
            ['messages per second', product.eventsPerSecond, baseline.eventsPerSecond],
            ['messages per second, range', product.eventsPerSecondRange, baseline.eventsPerSecondRange],
            ['p99 µs per message', product.p99MicrosPerEvent, baseline.p99MicrosPerEvent],
            ['interaction writes per call', perCall(product.interactionWrites), perCall(baseline.interactionWrites)],
            ['agent status writes per state change', perChange(product.statusWrites), perChange(baseline.statusWrites)],
            ['interaction records', product.interactionRecords, baseline.interactionRecords],
            ['pause records', product.pauseRecords, baseline.pauseRecords],
            ['duplicate records', product.duplicateRecords, baseline.duplicateRecords],
            ['caller lookups per call', perCall(product.lookups), perCall(baseline.lookups)],
            ['peak heap (MB)', product.peakHeapMB, baseline.peakHeapMB],
            ['localStorage writes per message', product.storageWritesPerMessage, baseline.storageWritesPerMessage],
            ['live-state notifications per message', product.changesPerMessage, baseline.changesPerMessage],
            ['panel-only notifications per message', product.countsPerMessage, baseline.countsPerMessage]
        ])
    );
    console.log('');
    console.log(
        JSON.stringify({
            rounds: ROUNDS,
            eventsPerSecond: product.eventsPerSecond,
            baselineEventsPerSecond: baseline.eventsPerSecond,
            eventsPerSecondRange: product.eventsPerSecondRange,
            baselineEventsPerSecondRange: baseline.eventsPerSecondRange,
            p99MicrosPerEvent: product.p99MicrosPerEvent,
            writesPerCall: perCall(product.interactionWrites),
            statusWritesPerStateChange: perChange(product.statusWrites),
            baselineWritesPerCall: perCall(baseline.interactionWrites),
            duplicateRecords: product.duplicateRecords,
            baselineDuplicateRecords: baseline.duplicateRecords,
            lookupsPerCall: perCall(product.lookups),
            peakHeapMB: product.peakHeapMB,
            storageWritesPerMessage: product.storageWritesPerMessage,
            changesPerMessage: product.changesPerMessage,
            countsPerMessage: product.countsPerMessage
        })
    );
}

const variantFlag = process.argv.indexOf('--run');
const variant = variantFlag >= 0 ? process.argv[variantFlag + 1] : undefined;
if (variantFlag < 0) {
    main();
} else if (variant === 'product' || variant === 'baseline') {
    runVariant(variant).catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
    });
} else {
    console.error(`bench: --run takes product or baseline, not "${variant ?? ''}"`);
    process.exitCode = 2;
}
