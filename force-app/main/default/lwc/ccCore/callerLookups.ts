/**
 * Runs caller lookups for interactions: one lookup per customer number per interaction, answers
 * cached for a few minutes (a customer who calls back, or the same call heard in another tab's
 * state), and none at all for extensions. Failures are reported and tried again on the next event.
 */
import { errorText } from 'c/ccErrors';
import { callerCacheKey, callerQuery, confirmCaller, type CallerDirectory, type CallerIdentity, type CallerMatch } from 'c/ccRecordSearch';
import type { BridgeConfig } from './config';
import { dropOldest } from './objects';

export const CALLER_CACHE_MS = 5 * 60 * 1000;
const MAX_CACHED = 200;

export interface CallerLookupListener {
    found(interactionKey: string, match: CallerMatch): void;
    failed(interactionKey: string, reason: string): void;
}

export class CallerLookups {
    private readonly directory: CallerDirectory;
    private readonly config: BridgeConfig;
    private readonly listener: CallerLookupListener;
    /** Interactions already looked up (or being looked up), with the identity they were looked up for. */
    private readonly started = new Map<string, string>();
    private readonly cache = new Map<string, { at: number; answer: Promise<CallerMatch> }>();

    constructor(directory: CallerDirectory, config: BridgeConfig, listener: CallerLookupListener) {
        this.directory = directory;
        this.config = config;
        this.listener = listener;
    }

    /** Looks the caller of an interaction up, unless that was done for the same identity already. */
    lookUp(interactionKey: string, identity: CallerIdentity, now: number): void {
        const query = callerQuery(identity, this.config.matchObjects, this.config.defaultCountryCode, this.config.cpfField);
        if (!query) {
            return;
        }
        const cacheKey = callerCacheKey(query, identity, this.config.defaultCountryCode);
        if (this.started.get(interactionKey) === cacheKey) {
            return;
        }
        this.started.delete(interactionKey);
        this.started.set(interactionKey, cacheKey);
        dropOldest(this.started, MAX_CACHED);
        let cached = this.cache.get(cacheKey);
        if (!cached || now - cached.at > CALLER_CACHE_MS) {
            const answer = this.directory
                .search(query)
                .then((candidates) => confirmCaller(identity, query, candidates, this.config.defaultCountryCode));
            cached = { at: now, answer };
            this.cache.delete(cacheKey);
            this.cache.set(cacheKey, cached);
            this.trim();
        }
        const entry = cached;
        entry.answer.then(
            (match) => this.listener.found(interactionKey, { ...match, ...(identity.number ? { number: identity.number } : {}) }),
            (error: unknown) => {
                if (this.cache.get(cacheKey) === entry) {
                    this.cache.delete(cacheKey);
                }
                this.started.delete(interactionKey);
                this.listener.failed(interactionKey, errorText(error) || String(error));
            }
        );
    }

    private trim(): void {
        dropOldest(this.cache, MAX_CACHED);
    }
}
