/**
 * One replay tab's view of the shared clock and org, which a crash can end: the browser kills a
 * crashed tab's page at once, so its timers never fire again and the answers to its pending UI API
 * calls never reach it. A tab that closes normally is disposed instead (pagehide).
 */
import type { Clock, RecordWriter } from 'c/ccCore';

export class TabProcess {
    private alive = true;
    private readonly timers = new Set<unknown>();
    readonly clock: Clock;
    readonly records: RecordWriter;

    constructor(clock: Clock, records: RecordWriter) {
        this.clock = {
            now: () => clock.now(),
            random: () => clock.random(),
            setTimeout: (callback, ms) => {
                const handle = clock.setTimeout(() => {
                    this.timers.delete(handle);
                    if (this.alive) {
                        callback();
                    }
                }, ms);
                this.timers.add(handle);
                return handle;
            },
            clearTimeout: (handle) => {
                this.timers.delete(handle);
                clock.clearTimeout(handle);
            }
        };
        // A call sent before the crash still reaches the org; its answer never reaches the dead page.
        this.records = {
            createRecord: (objectApiName, fields) => this.untilCrash(records.createRecord(objectApiName, fields)),
            updateRecord: (recordId, fields) => this.untilCrash(records.updateRecord(recordId, fields))
        };
    }

    /** A call's answer, or nothing ever once the tab has crashed. */
    untilCrash<T>(call: Promise<T>): Promise<T> {
        const never = new Promise<T>(() => {});
        return call.then(
            (value) => (this.alive ? value : never),
            (error: unknown) => (this.alive ? Promise.reject(error) : never)
        );
    }

    crash(clock: Clock): void {
        this.alive = false;
        this.timers.forEach((handle) => clock.clearTimeout(handle));
        this.timers.clear();
    }
}
