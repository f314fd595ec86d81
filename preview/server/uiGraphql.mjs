// The preview org's answer to lightning/graphql: the UI API GraphQL subset components use
// (`uiapi { query { Contact(where: {...}, first: N) { edges { node { Id Phone { value } } } } } }`),
// parsed and run against the records of the preview's UI API emulator. Filters: and/or/not and
// eq, ne, like (SOQL's % and _, any case), in, nin, lt, lte, gt, gte. What it cannot read it
// answers as GraphQL does, with `errors`, never by throwing.

const DEFAULT_FIRST = 10;

/** Runs `query` with `variables` over `recordsOf(objectApiName)`; answers `{data}` or `{errors}`. */
export function runUiGraphql(query, variables, recordsOf) {
    try {
        const selections = parseDocument(String(query));
        return { data: resolveRoot(selections, variables ?? {}, recordsOf) };
    } catch (error) {
        return { data: null, errors: [{ message: error.message }] };
    }
}

function resolveRoot(selections, variables, recordsOf) {
    const data = {};
    for (const uiapi of selections) {
        if (uiapi.name !== 'uiapi') {
            throw new Error(`the preview answers uiapi queries only, not ${uiapi.name}`);
        }
        const queries = {};
        for (const query of uiapi.selections ?? []) {
            if (query.name !== 'query') {
                throw new Error(`the preview answers uiapi { query { ... } } only, not ${query.name}`);
            }
            const objects = {};
            for (const object of query.selections ?? []) {
                objects[object.alias] = resolveObject(object, variables, recordsOf);
            }
            queries[query.alias] = objects;
        }
        data[uiapi.alias] = queries;
    }
    return data;
}

function resolveObject(selection, variables, recordsOf) {
    const args = valueOf(selection.args, variables);
    const matching = recordsOf(selection.name).filter((record) => matches(record, args.where ?? {}));
    // Cursors are offsets here; in the org they are opaque strings, used the same way (`after`).
    const offset = args.after === undefined || args.after === null ? 0 : Number(args.after);
    const page = matching.slice(offset, offset + (args.first ?? DEFAULT_FIRST));
    const result = {};
    for (const field of selection.selections ?? []) {
        if (field.name === 'edges') {
            result[field.alias] = page.map((record) => project(field.selections, { node: record }));
        } else if (field.name === 'totalCount') {
            result[field.alias] = matching.length;
        } else if (field.name === 'pageInfo') {
            const end = offset + page.length;
            result[field.alias] = { hasNextPage: matching.length > end, endCursor: page.length > 0 ? String(end) : null };
        }
    }
    return result;
}

/** An edge's selections: `node { Id Field { value displayValue } }`. */
function project(selections = [], { node }) {
    const edge = {};
    for (const selection of selections) {
        if (selection.name === 'node') {
            const projected = {};
            for (const field of selection.selections ?? []) {
                projected[field.alias] = field.name === 'Id' ? node.Id : { value: fieldValue(node, field.name), displayValue: null };
            }
            edge[selection.alias] = projected;
        }
    }
    return edge;
}

function fieldValue(record, name) {
    if (name === 'Name' && record.fields.Name === undefined) {
        // Person objects store first and last name; the org computes Name from them.
        return [record.fields.FirstName, record.fields.LastName].filter(Boolean).join(' ') || null;
    }
    return record.fields[name] ?? null;
}

function matches(record, where) {
    return Object.entries(where).every(([key, condition]) => {
        if (key === 'and') {
            return condition.every((part) => matches(record, part));
        }
        if (key === 'or') {
            return condition.some((part) => matches(record, part));
        }
        if (key === 'not') {
            return !matches(record, condition);
        }
        const value = key === 'Id' ? record.Id : fieldValue(record, key);
        return Object.entries(condition).every(([operator, operand]) => compare(operator, value, operand));
    });
}

function compare(operator, value, operand) {
    switch (operator) {
        case 'eq':
            return value === operand;
        case 'ne':
            return value !== operand;
        case 'like':
            return typeof value === 'string' && likePattern(operand).test(value);
        case 'in':
            return operand.includes(value);
        case 'nin':
            return !operand.includes(value);
        case 'lt':
            return value !== null && value < operand;
        case 'lte':
            return value !== null && value <= operand;
        case 'gt':
            return value !== null && value > operand;
        case 'gte':
            return value !== null && value >= operand;
        default:
            throw new Error(`the preview does not know the filter operator ${operator}`);
    }
}

function likePattern(pattern) {
    const source = String(pattern)
        .split('')
        .map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`, 'is');
}

/** Literal values with `$variables` filled in. */
function valueOf(node, variables) {
    if (node === undefined) {
        return {};
    }
    switch (node.kind) {
        case 'variable':
            return variables[node.name];
        case 'list':
            return node.items.map((item) => valueOf(item, variables));
        case 'object':
            return Object.fromEntries(Object.entries(node.fields).map(([name, value]) => [name, valueOf(value, variables)]));
        default:
            return node.value;
    }
}

// ---- A small GraphQL reader: operations with selections, arguments and variable definitions. ----

const TOKEN = /\s+|,|#[^\n]*|(\.\.\.|[{}()[\]:$!=@])|([_A-Za-z][_0-9A-Za-z]*)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"\\]|\\.)*")/y;

function tokenize(text) {
    const tokens = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
        const at = TOKEN.lastIndex;
        const match = TOKEN.exec(text);
        if (!match) {
            throw new Error(`cannot read the query at "${text.slice(at, at + 20)}"`);
        }
        const [, punctuation, name, number, string] = match;
        if (punctuation) {
            tokens.push({ type: punctuation });
        } else if (name) {
            tokens.push({ type: 'name', value: name });
        } else if (number) {
            tokens.push({ type: 'value', value: Number(number) });
        } else if (string) {
            tokens.push({ type: 'value', value: JSON.parse(string) });
        }
    }
    return tokens;
}

function parseDocument(text) {
    const tokens = tokenize(text);
    let position = 0;
    const peek = () => tokens[position];
    const take = (type) => {
        const token = tokens[position];
        if (!token || (type && token.type !== type)) {
            throw new Error(`expected ${type} in the query, found ${token ? (token.value ?? token.type) : 'its end'}`);
        }
        position += 1;
        return token;
    };

    const value = () => {
        const token = take();
        if (token.type === '$') {
            return { kind: 'variable', name: take('name').value };
        }
        if (token.type === '[') {
            const items = [];
            while (peek()?.type !== ']') {
                items.push(value());
            }
            take(']');
            return { kind: 'list', items };
        }
        if (token.type === '{') {
            const fields = {};
            while (peek()?.type !== '}') {
                const name = take('name').value;
                take(':');
                fields[name] = value();
            }
            take('}');
            return { kind: 'object', fields };
        }
        if (token.type === 'name') {
            const literals = { true: true, false: false, null: null };
            return { kind: 'literal', value: token.value in literals ? literals[token.value] : token.value };
        }
        if (token.type === 'value') {
            return { kind: 'literal', value: token.value };
        }
        throw new Error(`unexpected ${token.type} in the query`);
    };

    const type = () => {
        if (peek()?.type === '[') {
            take('[');
            type();
            take(']');
        } else {
            take('name');
        }
        if (peek()?.type === '!') {
            take('!');
        }
    };

    const selectionSet = () => {
        take('{');
        const selections = [];
        while (peek()?.type !== '}') {
            if (peek()?.type === '...' || peek()?.type === '@') {
                throw new Error('the preview does not read fragments or directives');
            }
            const alias = take('name').value;
            let name = alias;
            if (peek()?.type === ':') {
                take(':');
                name = take('name').value;
            }
            let args;
            if (peek()?.type === '(') {
                take('(');
                const fields = {};
                while (peek()?.type !== ')') {
                    const argument = take('name').value;
                    take(':');
                    fields[argument] = value();
                }
                take(')');
                args = { kind: 'object', fields };
            }
            selections.push({ alias, name, args, selections: peek()?.type === '{' ? selectionSet() : undefined });
        }
        take('}');
        return selections;
    };

    if (peek()?.type === 'name' && peek().value === 'query') {
        take('name');
        if (peek()?.type === 'name') {
            take('name');
        }
        if (peek()?.type === '(') {
            take('(');
            while (peek()?.type !== ')') {
                take('$');
                take('name');
                take(':');
                type();
                if (peek()?.type === '=') {
                    take('=');
                    value();
                }
            }
            take(')');
        }
    }
    const selections = selectionSet();
    if (position !== tokens.length) {
        throw new Error('the preview reads one operation per query');
    }
    return selections;
}
