// `npm run scan`: Salesforce Code Analyzer, the scanner of the AppExchange security review, over
// force-app: the TypeScript sources, the .js that `npm run build` emits beside them (what the org
// runs) and the metadata XML. It runs the `Recommended` and `Security` rule selections of the
// eslint, regex, retire-js, pmd/cpd and flow engines through the core API, because the
// `sf code-analyzer` plugin does not install here (see DESIGN.md, Toolchain facts).
// Exits 1 on any violation of severity 1 (Critical) or 2 (High), or on an engine that failed;
// lists the rest. Offline: retire-js reads the vulnerability file bundled in its package
// (`--jsrepo .../vulnerabilities/RetireJsVulns.json` in its dist/executor.js); the whole scan
// passes without a network (checked with `unshare -n`, which also found an old jQuery's CVEs).
// Needs Java >= 11 for pmd/cpd and python3 >= 3.10 for flow.
// Usage: node scripts/code-analyzer.mjs [folder or file ...]   (default: force-app)
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, SeverityLevel } from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as flowEngine from '@salesforce/code-analyzer-flow-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RULE_SELECTORS = ['Recommended', 'Security'];
const FAILING_SEVERITIES = [SeverityLevel.Critical, SeverityLevel.High];
// retire-js puts a whole advisory in its message; one line per violation keeps the list readable.
const MAX_MESSAGE_LENGTH = 200;

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const targets = (process.argv.length > 2 ? process.argv.slice(2) : ['force-app']).map((target) => path.resolve(target));

/**
 * Suppressions, each with its reason. Keys are files (or folders) of the project; the core skips at
 * most `max_suppressed_violations` matching violations there and reports any further ones.
 */
const CLOCK_PORT_TIMERS = {
    rule_selector: 'eslint:@lwc/lwc/no-async-operation',
    max_suppressed_violations: 2,
    reason:
        'The clock ports are the one place the package keeps its timers (write retries, the task record writes go ' +
        'out in, the animation frames the live state is shown at, the running timers of the utility label and the ' +
        'card); everything else gets time through them. ESLint allows them there by ' +
        'configuration (eslint.config.mjs), since the platform rules refuse inline disables in shipped code.'
};

const SUPPRESSIONS = {
    ...Object.fromEntries(
        ['CC_Interaction__c', 'CC_Agent_Pause__c', 'CC_Custom_Event__c', 'CC_Agent_Status__c'].map((object) => [
            path.join(projectRoot, `force-app/main/default/objects/${object}/fields/External_Key__c.field-meta.xml`),
            [
                {
                    rule_selector: 'pmd:ProtectSensitiveData',
                    max_suppressed_violations: 1,
                    reason:
                        'External_Key__c holds the idempotency key of a record (`<vendor>:<interaction id>`, see DESIGN.md, ' +
                        'Data model; `status:<user id>` for the agent status), not a secret; the rule flags every custom field whose name contains "KEY" ' +
                        '(SecretsInPackageUtils in sfca-pmd-rules-1.0.0.jar), and renaming the field would break the ' +
                        'upsert key that the package and its records share.'
                }
            ]
        ])
    ),
    [path.join(projectRoot, 'force-app/main/default/objects/CC_Interaction__c/fields/Conversation_Key__c.field-meta.xml')]: [
        {
            rule_selector: 'pmd:ProtectSensitiveData',
            max_suppressed_violations: 1,
            reason:
                'Conversation_Key__c holds the vendor key of the call or chat that groups each agent’s record of a ' +
                'transferred interaction (README, "What gets logged"), not a secret; the rule flags every custom field ' +
                'whose name contains "KEY".'
        }
    ],
    // Write retries (setTimeout), the label's running timer (setInterval), the frame the live state is
    // shown at (requestAnimationFrame) and the task record writes go out in (setTimeout).
    [path.join(projectRoot, 'force-app/main/default/lwc/ccBridge/browserClock.js')]: [
        { ...CLOCK_PORT_TIMERS, max_suppressed_violations: 4 }
    ],
    [path.join(projectRoot, 'force-app/main/default/lwc/ccLiveState/liveClock.js')]: [
        { ...CLOCK_PORT_TIMERS, max_suppressed_violations: 1 }
    ],
    // The timeout of the lookup page's GraphQL queries (setTimeout).
    [path.join(projectRoot, 'force-app/main/default/lwc/ccCrmLookup/lookupClock.js')]: [
        { ...CLOCK_PORT_TIMERS, max_suppressed_violations: 1 }
    ],
    // The team board's running timers and its refresh (setInterval).
    [path.join(projectRoot, 'force-app/main/default/lwc/ccTeamBoard/boardClock.js')]: [
        { ...CLOCK_PORT_TIMERS, max_suppressed_violations: 1 }
    ]
};

const workingFolder = mkdtempSync(path.join(tmpdir(), 'cc-code-analyzer-'));
const started = Date.now();
try {
    process.exitCode = await scan();
} finally {
    rmSync(workingFolder, { recursive: true, force: true });
}

async function scan() {
    const config = CodeAnalyzerConfig.fromObject(
        {
            // Engines' working files and logs (the flow engine writes one per run) go to a folder of
            // this run, removed at the end, so nothing is left in the project or in the shared tmp.
            log_folder: workingFolder,
            root_working_folder: workingFolder,
            suppressions: SUPPRESSIONS
        },
        projectRoot
    );
    const analyzer = new CodeAnalyzer(config);
    // The core also honours inline `code-analyzer-suppress` comments; its count of what they and
    // SUPPRESSIONS hid is printed with the summary, so no suppression goes unseen.
    const suppressionNotes = [];
    analyzer.onEvent(EventType.LogEvent, (event) => {
        if (event.logLevel <= LogLevel.Warn) {
            console.error(`code-analyzer ${event.logLevel === LogLevel.Error ? 'error' : 'warning'}: ${event.message}`);
        } else if (event.logLevel === LogLevel.Info && /suppress/i.test(event.message)) {
            suppressionNotes.push(event.message);
        }
    });
    for (const engine of [eslintEngine, regexEngine, retireJsEngine, pmdEngine]) {
        await analyzer.addEnginePlugin(engine.createEnginePlugin());
    }
    await analyzer.addEnginePlugin(withRemoveEventListener(flowEngine.createEnginePlugin()));

    const workspace = await analyzer.createWorkspace(targets);
    const rules = await analyzer.selectRules(RULE_SELECTORS, { workspace });
    const results = await analyzer.run(rules, { workspace });

    const violations = results.getViolations().map(describe).sort(bySeverityThenPlace);
    for (const violation of violations) {
        console.log(`${violation.failing ? '✖' : '-'} ${violation.severity} ${violation.rule}  ${violation.place}  ${violation.message}`);
    }
    for (const note of suppressionNotes) {
        console.log(`  ${note} Reasons: SUPPRESSIONS in scripts/code-analyzer.mjs (an inline marker carries its own).`);
    }
    const failing = violations.filter((violation) => violation.failing).length;
    const perEngine = rules
        .getEngineNames()
        .map((engine) => `${engine} ${rules.getRulesFor(engine).length}`)
        .join(', ');
    console.log(
        `code-analyzer: ${RULE_SELECTORS.join(' + ')} (${rules.getCount()} rules: ${perEngine}) over ${(await workspace.getTargetedFiles()).length} files ` +
            `in ${((Date.now() - started) / 1000).toFixed(1)} s: ${failing} critical/high, ${violations.length - failing} other`
    );
    return failing > 0 ? 1 : 0;
}

/** A violation as one line: severity, engine:rule, file:line relative to the project, message. */
function describe(violation) {
    const rule = violation.getRule();
    const location = violation.getPrimaryLocation();
    const file = location.getFile();
    const message = violation.getMessage().replace(/\s+/g, ' ').trim();
    return {
        level: rule.getSeverityLevel(),
        failing: FAILING_SEVERITIES.includes(rule.getSeverityLevel()),
        severity: SeverityLevel[rule.getSeverityLevel()],
        rule: `${rule.getEngineName()}:${rule.getName()}`,
        place: file ? `${path.relative(projectRoot, file)}:${location.getStartLine() ?? 1}` : '(no file)',
        message: message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message
    };
}

function bySeverityThenPlace(a, b) {
    return a.level - b.level || a.place.localeCompare(b.place, 'en', { numeric: true });
}

/**
 * The flow engine 0.22.0 (the newest in the registry here) is built on engine API 0.24.0, whose
 * engines lack `removeEventListener`; core 0.52.0 calls it after describing and running every
 * engine (dist/code-analyzer.js, getAllRulesFor and runEngineAndValidateResults) and would throw.
 * The engine keeps its listeners on a public node EventEmitter, so removing one there is what the
 * newer API's method does (engine API 0.41.0, dist/engines.js).
 */
function withRemoveEventListener(plugin) {
    const createEngine = plugin.createEngine.bind(plugin);
    plugin.createEngine = async (...args) => {
        const engine = await createEngine(...args);
        engine.removeEventListener ??= (eventType, callback) => engine.eventEmitter.off(eventType, callback);
        return engine;
    };
    return plugin;
}
