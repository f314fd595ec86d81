/**
 * The origin allowlist: which senders the bridge listens to.
 */
import { DEFAULT_ALLOWED_ORIGINS, isOriginAllowed, parseAllowedOrigins, readConfig } from 'c/ccCore';

const allowedBy = (entries: string) => {
    const { rules } = parseAllowedOrigins(entries);
    return (origin: string) => isOriginAllowed(origin, rules);
};

describe('the default allowlist', () => {
    const allowed = allowedBy(DEFAULT_ALLOWED_ORIGINS);

    it.each(['https://acme.evolux.net.br', 'https://pbx.acme.evolux.io', 'https://acme.ccaiplatform.com'])(
        'allows the vendor tenant %s',
        (origin) => {
            expect(allowed(origin)).toBe(true);
        }
    );

    it.each([
        ['the bare vendor domain (wildcards match subdomains only)', 'https://evolux.net.br'],
        ['http on a vendor host', 'http://acme.evolux.net.br'],
        ['a look-alike domain', 'https://acme.evolux.net.br.attacker.com'],
        ['a suffix look-alike', 'https://acmeevolux.net.br'],
        ['a non-default port', 'https://acme.evolux.net.br:8443'],
        ['an opaque origin', 'null'],
        ['an empty origin', ''],
        ['a URL with a path instead of an origin', 'https://acme.evolux.net.br/evil'],
        ['the Salesforce page itself', 'https://acme.lightning.force.com']
    ])('rejects %s', (_case, origin) => {
        expect(allowed(origin)).toBe(false);
    });
});

describe('admin-written entries', () => {
    it('matches an exact origin only, case-insensitively', () => {
        const allowed = allowedBy('https://ACME.evolux.net.br');
        expect(allowed('https://acme.evolux.net.br')).toBe(true);
        expect(allowed('https://other.evolux.net.br')).toBe(false);
    });

    it('matches an explicit port only on that port', () => {
        const allowed = allowedBy('https://softphone.acme.com:8443');
        expect(allowed('https://softphone.acme.com:8443')).toBe(true);
        expect(allowed('https://softphone.acme.com')).toBe(false);
    });

    it('allows http on localhost and 127.0.0.1 with any port, for development', () => {
        const allowed = allowedBy('http://localhost, http://127.0.0.1');
        expect(allowed('http://localhost:5173')).toBe(true);
        expect(allowed('http://127.0.0.1:5174')).toBe(true);
        expect(allowed('http://localhost.evil.com:5173')).toBe(false);
    });

    it.each([
        ['*', 'not an origin'],
        ['https://*', 'not an origin'],
        ['http://acme.evolux.net.br', 'http is only allowed'],
        ['https://*.br', 'a wildcard needs a domain of at least two labels'],
        ['acme.evolux.net.br/path', 'not an origin'],
        ['https://acme.evolux.net.br/path', 'not an origin'],
        ['https://-bad-.example.com', 'not a valid host name'],
        ['https://acme.com:99999', 'port out of range']
    ])('refuses the entry %s and says why', (entry, reason) => {
        const { rules, invalid } = parseAllowedOrigins(`https://ok.example.com, ${entry}`);
        expect(rules.map((rule) => rule.entry)).toEqual(['https://ok.example.com']);
        expect(invalid).toEqual([{ entry, reason: expect.stringContaining(reason) }]);
    });

    it('reads a host typed without a scheme as its https origin, and says so', () => {
        const { rules, invalid, assumedHttps } = parseAllowedOrigins('acme.evolux.net.br, *.ccaiplatform.com');
        const allowed = (origin: string) => isOriginAllowed(origin, rules);

        expect(invalid).toEqual([]);
        expect(assumedHttps).toEqual([
            { entry: 'acme.evolux.net.br', origin: 'https://acme.evolux.net.br' },
            { entry: '*.ccaiplatform.com', origin: 'https://*.ccaiplatform.com' }
        ]);
        expect(allowed('https://acme.evolux.net.br')).toBe(true);
        expect(allowed('http://acme.evolux.net.br')).toBe(false);
        expect(allowed('https://tenant.ccaiplatform.com')).toBe(true);
    });
});

describe('Allowed origins as the admin sees it in the panel', () => {
    const AT = '2026-03-02T11:00:00.000Z';

    it('names the App Builder label for each ignored entry and each bare host it completed', () => {
        const { config, diagnostics } = readConfig({ allowedOrigins: 'acme.evolux.net.br, http://acme.evolux.net.br' }, AT);

        expect(config.allowedOrigins.map((rule) => rule.entry)).toEqual(['acme.evolux.net.br']);
        expect(diagnostics.map(({ level, code, message }) => ({ level, code, message }))).toEqual([
            {
                level: 'error',
                code: 'CONFIG_INVALID',
                message: expect.stringMatching(/^Allowed origins: "http:\/\/acme.evolux.net.br" is ignored \(http is only allowed/)
            },
            {
                level: 'info',
                code: 'CONFIG_ADJUSTED',
                message: 'Allowed origins: "acme.evolux.net.br" has no scheme; read as https://acme.evolux.net.br.'
            }
        ]);
    });

    it('says that every message is rejected when no entry is usable (no default applies)', () => {
        const { config, diagnostics } = readConfig({ allowedOrigins: 'http://acme.evolux.net.br' }, AT);
        expect(config.allowedOrigins).toEqual([]);
        expect(diagnostics.map((entry) => entry.message)).toContain(
            'Allowed origins has no usable entry: every message is rejected until it is corrected.'
        );
    });
});
