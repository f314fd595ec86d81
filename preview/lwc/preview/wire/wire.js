// Wire adapters for the preview's platform stand-ins. LWC calls an adapter class with the
// component's data callback, then connect/update/disconnect; these deliver on connect and again
// whenever the wire's configuration changes, as the platform's adapters do.

/** An adapter whose wired property gets a plain value (`@wire(EnclosingUtilityId) utilityId`). */
export function valueAdapter(valueFor) {
    return class PreviewValueAdapter {
        constructor(dataCallback) {
            this.dataCallback = dataCallback;
            this.config = {};
        }

        connect() {
            this.dataCallback(valueFor(this.config));
        }

        update(config) {
            this.config = config ?? {};
            this.dataCallback(valueFor(this.config));
        }

        disconnect() {}
    };
}

/**
 * An adapter whose wired property gets `{data, error}` from an async `load(config)`
 * (`@wire(getRecord, {...})`). `skip(config)`: no delivery for that configuration (a reactive
 * parameter still undefined); `passThrough`: `load` answers the wired value itself (GraphQL's `{data, errors}`).
 */
export function dataAdapter(load, { skip = () => false, passThrough = false } = {}) {
    return class PreviewDataAdapter {
        /** What the wire delivered last, as JSON: which records it holds (see deliverAgainHolding). */
        delivered = '';

        constructor(dataCallback) {
            this.dataCallback = dataCallback;
            this.connected = false;
            this.config = {};
        }

        connect() {
            this.connected = true;
            connectedDataWires.add(this);
            this.deliver();
        }

        update(config) {
            this.config = config ?? {};
            if (this.connected) {
                this.deliver();
            }
        }

        disconnect() {
            this.connected = false;
            connectedDataWires.delete(this);
        }

        async deliver() {
            const config = this.config;
            if (skip(config)) {
                return;
            }
            let result;
            try {
                const value = await load(config);
                // A passed-through answer carries `refresh`, as lightning/graphql's wire result does.
                result = passThrough ? { ...value, refresh: () => this.deliver() } : { data: value, error: undefined };
            } catch (error) {
                result = { data: undefined, error };
            }
            // A newer configuration or a disconnect makes this answer stale.
            if (this.connected && config === this.config) {
                this.delivered = JSON.stringify(result.data ?? null);
                this.dataCallback(result);
            }
        }
    };
}

const connectedDataWires = new Set();

/**
 * After a write through lightning/uiRecordApi: Lightning Data Service emits new values to the wires
 * whose results hold that record, GraphQL ones included ("Update Cached Query Results": "If a record
 * that's contained in a query result changes, Lightning Data Service emits a new value to the GraphQL
 * wire adapter"; it does not re-run the query's filter). Here each such wire asks again.
 */
export function deliverAgainHolding(recordId) {
    for (const wire of connectedDataWires) {
        if (wire.delivered.includes(JSON.stringify(String(recordId)))) {
            wire.deliver();
        }
    }
}
