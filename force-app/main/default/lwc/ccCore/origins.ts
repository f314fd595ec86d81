/**
 * The origin allowlist (DESIGN.md, "Config"): exact origins such as `https://acme.evolux.net.br`,
 * or wildcard hosts such as `https://*.evolux.net.br`, which match subdomains only. https only,
 * except `http://localhost` and `http://127.0.0.1` (any port) for development.
 */

export const DEFAULT_ALLOWED_ORIGINS = 'https://*.evolux.net.br,https://*.evolux.io,https://*.ccaiplatform.com';

export interface OriginRule {
    /** The entry as the admin wrote it, for diagnostics. */
    entry: string;
    scheme: 'https' | 'http';
    /** Host without the wildcard label: `evolux.net.br` for `https://*.evolux.net.br`. */
    host: string;
    wildcard: boolean;
    /** Explicit port, or undefined for the scheme's default (or any port on a development host). */
    port?: string;
}

export interface ParsedOrigins {
    rules: OriginRule[];
    /** Entries that cannot be used, with the reason. */
    invalid: { entry: string; reason: string }[];
    /** Bare hosts read as https origins (`acme.evolux.net.br` → `https://acme.evolux.net.br`). */
    assumedHttps: { entry: string; origin: string }[];
}

const DEVELOPMENT_HOSTS = new Set(['localhost', '127.0.0.1']);
const ENTRY = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(?::(\d{1,5}))?\/?$/;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function parseAllowedOrigins(text: string): ParsedOrigins {
    const rules: OriginRule[] = [];
    const invalid: { entry: string; reason: string }[] = [];
    const assumedHttps: { entry: string; origin: string }[] = [];
    for (const raw of text.split(/[\s,]+/)) {
        const entry = raw.trim();
        if (entry === '') {
            continue;
        }
        // Admins often type the host alone: that is the https origin of that host.
        const bareHost = !entry.includes('://');
        const result = parseEntry(bareHost ? `https://${entry}` : entry);
        if (typeof result === 'string') {
            invalid.push({ entry, reason: result });
        } else {
            rules.push({ ...result, entry });
            if (bareHost) {
                assumedHttps.push({ entry, origin: `https://${entry.toLowerCase().replace(/\/$/, '')}` });
            }
        }
    }
    return { rules, invalid, assumedHttps };
}

function parseEntry(entry: string): OriginRule | string {
    const match = ENTRY.exec(entry.toLowerCase());
    if (!match) {
        return 'not an origin: write scheme://host[:port], e.g. https://acme.evolux.net.br';
    }
    const [, scheme, star, host = '', port] = match;
    const labels = host.split('.');
    if (!labels.every((label) => HOST_LABEL.test(label))) {
        return 'not a valid host name';
    }
    const wildcard = star !== undefined;
    if (scheme === 'http' && !DEVELOPMENT_HOSTS.has(host)) {
        return 'http is only allowed for localhost and 127.0.0.1; use https';
    }
    if (wildcard && (labels.length < 2 || DEVELOPMENT_HOSTS.has(host))) {
        return 'a wildcard needs a domain of at least two labels, e.g. https://*.evolux.net.br';
    }
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
        return 'port out of range';
    }
    return { entry, scheme: scheme as 'https' | 'http', host, wildcard, port };
}

/** Whether a message origin (as in MessageEvent.origin) is allowed by the rules. */
export function isOriginAllowed(origin: string, rules: readonly OriginRule[]): boolean {
    let url: URL;
    try {
        url = new URL(origin);
    } catch {
        return false;
    }
    // An origin has no path, credentials, query or fragment; anything else is not an origin.
    if (url.origin !== origin.toLowerCase() && url.origin !== origin) {
        return false;
    }
    const scheme = url.protocol.slice(0, -1);
    const host = url.hostname;
    return rules.some((rule) => {
        if (rule.scheme !== scheme) {
            return false;
        }
        const hostMatches = rule.wildcard ? host.endsWith('.' + rule.host) : host === rule.host;
        if (!hostMatches) {
            return false;
        }
        if (rule.port !== undefined) {
            return url.port === rule.port || (url.port === '' && rule.port === defaultPort(scheme));
        }
        // Development hosts run on arbitrary ports; real origins must use the default port.
        return DEVELOPMENT_HOSTS.has(rule.host) || url.port === '';
    });
}

function defaultPort(scheme: string): string {
    return scheme === 'https' ? '443' : '80';
}
