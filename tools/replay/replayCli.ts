/**
 * `npm run --silent replay -- --input <file.jsonl> [--config <file.json>] [--seed <file.json>]`
 *
 * Runs a captured event log through the real bridge pipeline offline and prints one JSON document
 * (DESIGN.md, "The replay command"). Exit 0 whenever the files could be read, whatever the
 * messages held; exit 2, with the reason on stderr, for unusable arguments or files.
 */
import { readFileSync } from 'node:fs';
import { BRIDGE_PROPERTY_NAMES, type BridgeProperties } from 'c/ccCore';
import { parseReplayLog } from './replayInput';
import { ReplaySession } from './replaySession';

const USAGE = 'usage: npm run --silent replay -- --input <file.jsonl> [--config <file.json>] [--seed <file.json>]';

class UsageError extends Error {}

interface Arguments {
    input: string;
    config?: string;
    seed?: string;
}

function parseArguments(argv: string[]): Arguments {
    const values: Partial<Record<'input' | 'config' | 'seed', string>> = {};
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i] ?? '';
        const [name, inline] = flag.startsWith('--') ? flag.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
        if (name !== 'input' && name !== 'config' && name !== 'seed') {
            throw new UsageError(flag === '--help' || flag === '-h' ? '' : `unknown argument "${flag}"`);
        }
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') {
            throw new UsageError(`--${name} needs a file path`);
        }
        if (values[name] !== undefined) {
            throw new UsageError(`--${name} is given twice`);
        }
        values[name] = value;
    }
    if (!values.input) {
        throw new UsageError('--input is required');
    }
    return { input: values.input, ...(values.config ? { config: values.config } : {}), ...(values.seed ? { seed: values.seed } : {}) };
}

function readText(path: string, what: string): string {
    try {
        return readFileSync(path, 'utf8');
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new UsageError(`cannot read the ${what} file ${path} (${reason})`);
    }
}

function readJsonObject(path: string, what: string): Record<string, unknown> {
    let value: unknown;
    try {
        value = JSON.parse(readText(path, what));
    } catch (error) {
        if (error instanceof UsageError) {
            throw error;
        }
        throw new UsageError(`the ${what} file ${path} is not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new UsageError(`the ${what} file ${path} must hold one JSON object`);
    }
    return value as Record<string, unknown>;
}

function readSeed(path: string): Record<string, Record<string, unknown>[]> {
    const seed = readJsonObject(path, 'seed');
    for (const [objectApiName, records] of Object.entries(seed)) {
        if (
            !Array.isArray(records) ||
            !records.every((record) => typeof record === 'object' && record !== null && !Array.isArray(record))
        ) {
            throw new UsageError(`the seed file ${path}: "${objectApiName}" must be a list of records (JSON objects)`);
        }
    }
    return seed as Record<string, Record<string, unknown>[]>;
}

async function main(argv: string[]): Promise<number> {
    let args: Arguments;
    let properties: Record<string, unknown> = {};
    let seed: Record<string, Record<string, unknown>[]> = {};
    let log: string;
    try {
        args = parseArguments(argv);
        log = readText(args.input, 'input');
        properties = args.config ? readJsonObject(args.config, 'config') : {};
        seed = args.seed ? readSeed(args.seed) : {};
    } catch (error) {
        if (!(error instanceof UsageError)) {
            throw error;
        }
        process.stderr.write(error.message ? `replay: ${error.message}\n${USAGE}\n` : `${USAGE}\n`);
        return error.message ? 2 : 0;
    }

    const session = new ReplaySession({ properties: properties as BridgeProperties, seed });
    for (const name of Object.keys(properties).filter((key) => !(BRIDGE_PROPERTY_NAMES as readonly string[]).includes(key))) {
        session.note('warn', 'CONFIG_INVALID', `Unknown config property "${name}" ignored; known: ${BRIDGE_PROPERTY_NAMES.join(', ')}.`);
    }
    await session.play(parseReplayLog(log));
    session.close();
    process.stdout.write(`${JSON.stringify(session.output(), null, 2)}\n`);
    return 0;
}

main(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(`replay: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
    }
);
