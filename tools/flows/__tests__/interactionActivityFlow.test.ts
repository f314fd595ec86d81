/**
 * The CC Interaction Activity flow (force-app/main/default/flows) and its flow tests
 * (force-app/main/default/flowtests), checked offline: what only an org can run, read here.
 *
 * The flow is read as metadata XML; its formulas are evaluated by a small interpreter of the formula
 * functions it uses, and its elements are walked as the flow runtime walks them (assignments,
 * decisions, the Task writes taken as done). Each flow test is then run through that walk: its
 * records must meet the start conditions, and its assertions must hold. The org runs the same tests
 * for real (README, "Verify in your org"); what the interpreter cannot tell (the formula compiler,
 * the DML) is left to it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { projectObjects } from '../../uiApiEmulator/objectMetadata';
import { isRecordId } from '../../uiApiEmulator/recordIds';

const FLOW_NAME = 'CC_Interaction_Activity';
const DEFAULT_DIR = join(process.cwd(), 'force-app', 'main', 'default');
const FLOW_FILE = join(DEFAULT_DIR, 'flows', `${FLOW_NAME}.flow-meta.xml`);
const FLOW_TESTS_DIR = join(DEFAULT_DIR, 'flowtests');

/** Task fields the flow writes, with their lengths (Object Reference for Salesforce, Task). */
const TASK_FIELDS: Record<string, number | undefined> = {
    Id: undefined,
    Subject: 255,
    WhoId: undefined,
    WhatId: undefined,
    CallType: undefined,
    CallDurationInSeconds: undefined,
    CallDisposition: 255,
    CallObject: 255,
    Description: 32000,
    TaskSubtype: undefined,
    Status: undefined,
    ActivityDate: undefined,
    OwnerId: undefined
};
/** Fields a Task can take only on create, or that the agent may change afterwards. */
const CREATE_ONLY_TASK_FIELDS = ['TaskSubtype', 'Status', 'ActivityDate', 'OwnerId'];
const STANDARD_INTERACTION_FIELDS = ['Id', 'OwnerId', 'Name'];

type Value = string | number | boolean | null;
type SObject = Record<string, Value>;

const interaction = projectObjects().CC_Interaction__c!;

// ---------------------------------------------------------------------------------------------
// Reading the metadata

function parse(file: string): Document {
    const xml = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'application/xml');
    expect(xml.querySelector('parsererror')).toBeNull();
    return xml;
}

/** The element's children of this tag name (not deeper descendants). */
function children(element: Element, name: string): Element[] {
    return Array.from(element.children).filter((child) => child.tagName === name);
}

function text(element: Element, name: string): string | undefined {
    return children(element, name)[0]?.textContent ?? undefined;
}

const flowDocument = parse(FLOW_FILE);
const flow = flowDocument.documentElement;
const elementsByName = new Map<string, Element>();
for (const kind of ['assignments', 'decisions', 'recordCreates', 'recordDeletes', 'recordUpdates', 'formulas', 'variables']) {
    for (const element of children(flow, kind)) {
        elementsByName.set(text(element, 'name')!, element);
    }
}
const formulas = new Map(children(flow, 'formulas').map((formula) => [text(formula, 'name')!, formula]));
const variables = new Map(children(flow, 'variables').map((variable) => [text(variable, 'name')!, variable]));
const start = children(flow, 'start')[0]!;

function target(element: Element, connector = 'connector'): string | undefined {
    const found = children(element, connector)[0];
    return found ? text(found, 'targetReference') : undefined;
}

/** A <value> or <rightValue>: a literal or a reference. */
function literalOrReference(element: Element | undefined): { reference?: string; literal?: Value } {
    if (!element) {
        return { literal: null };
    }
    const reference = text(element, 'elementReference');
    if (reference !== undefined) {
        return { reference };
    }
    const stringValue = text(element, 'stringValue');
    if (stringValue !== undefined) {
        return { literal: stringValue };
    }
    const numberValue = text(element, 'numberValue');
    if (numberValue !== undefined) {
        return { literal: Number(numberValue) };
    }
    const booleanValue = text(element, 'booleanValue');
    return { literal: booleanValue === undefined ? null : booleanValue === 'true' };
}

// ---------------------------------------------------------------------------------------------
// Formulas: the functions this flow uses, with the platform's blank rules (an empty text is blank)

type Token = { kind: 'string' | 'number' | 'merge' | 'name' | 'op'; text: string };

function tokenize(expression: string): Token[] {
    const tokens: Token[] = [];
    const pattern = /\s+|"((?:[^"\\]|\\.)*)"|(\d+(?:\.\d+)?)|\{!([^}]+)\}|([A-Za-z_][A-Za-z0-9_]*)|(>=|<=|<>|!=|==|[&+\-*/=<>(),])/y;
    let match: RegExpExecArray | null;
    while (pattern.lastIndex < expression.length && (match = pattern.exec(expression)) !== null) {
        if (match[1] !== undefined) {
            tokens.push({ kind: 'string', text: match[1].replace(/\\(.)/g, '$1') });
        } else if (match[2] !== undefined) {
            tokens.push({ kind: 'number', text: match[2] });
        } else if (match[3] !== undefined) {
            tokens.push({ kind: 'merge', text: match[3] });
        } else if (match[4] !== undefined) {
            tokens.push({ kind: 'name', text: match[4].toUpperCase() });
        } else if (match[5] !== undefined) {
            tokens.push({ kind: 'op', text: match[5] });
        }
    }
    if (pattern.lastIndex < expression.length) {
        throw new Error(`cannot read the formula at: ${expression.slice(pattern.lastIndex)}`);
    }
    return tokens;
}

type Node =
    | { kind: 'literal'; value: Value }
    | { kind: 'merge'; name: string }
    | { kind: 'call'; name: string; args: Node[] }
    | { kind: 'binary'; op: string; left: Node; right: Node }
    | { kind: 'negate'; operand: Node };

/** Recursive descent, loosest first: comparison, `&`, `+ -`, `* /`, then operands and calls. */
class FormulaParser {
    private position = 0;
    private readonly expression: string;
    private readonly tokens: Token[];

    constructor(expression: string) {
        this.expression = expression;
        this.tokens = tokenize(expression);
    }

    parse(): Node {
        const tree = this.comparison();
        if (this.position !== this.tokens.length) {
            throw new Error(`unexpected ${this.tokens[this.position]!.text} in ${this.expression}`);
        }
        return tree;
    }

    private comparison(): Node {
        return this.binary(['=', '==', '<>', '!=', '<', '>', '<=', '>='], () => this.concatenation());
    }

    private concatenation(): Node {
        return this.binary(['&'], () => this.additive());
    }

    private additive(): Node {
        return this.binary(['+', '-'], () => this.multiplicative());
    }

    private multiplicative(): Node {
        return this.binary(['*', '/'], () => this.primary());
    }

    private binary(operators: string[], operand: () => Node): Node {
        let left = operand();
        while (this.atOp(...operators)) {
            const op = this.next().text;
            left = { kind: 'binary', op, left, right: operand() };
        }
        return left;
    }

    private primary(): Node {
        const token = this.next();
        switch (token.kind) {
            case 'string':
                return { kind: 'literal', value: token.text };
            case 'number':
                return { kind: 'literal', value: Number(token.text) };
            case 'merge':
                return { kind: 'merge', name: token.text };
            case 'name':
                return ['NULL', 'TRUE', 'FALSE'].includes(token.text)
                    ? { kind: 'literal', value: token.text === 'NULL' ? null : token.text === 'TRUE' }
                    : { kind: 'call', name: token.text, args: this.args() };
            default:
                if (token.text === '(') {
                    const inner = this.comparison();
                    this.expectOp(')');
                    return inner;
                }
                if (token.text === '-') {
                    return { kind: 'negate', operand: this.primary() };
                }
                throw new Error(`unexpected ${token.text} in ${this.expression}`);
        }
    }

    private args(): Node[] {
        this.expectOp('(');
        const args: Node[] = [];
        if (!this.atOp(')')) {
            args.push(this.comparison());
            while (this.atOp(',')) {
                this.next();
                args.push(this.comparison());
            }
        }
        this.expectOp(')');
        return args;
    }

    private atOp(...operators: string[]): boolean {
        const token = this.tokens[this.position];
        return token?.kind === 'op' && operators.includes(token.text);
    }

    private next(): Token {
        const token = this.tokens[this.position++];
        if (!token) {
            throw new Error(`unexpected end of ${this.expression}`);
        }
        return token;
    }

    private expectOp(op: string): void {
        if (!this.atOp(op)) {
            throw new Error(`expected ${op} in ${this.expression}`);
        }
        this.position++;
    }
}

function parseFormula(expression: string): Node {
    return new FormulaParser(expression).parse();
}

const isBlank = (value: Value) => value === null || value === '';

function number(value: Value, context: string): number {
    if (typeof value !== 'number') {
        throw new Error(`${context} needs a number, got ${JSON.stringify(value)}`);
    }
    return value;
}

interface Interview {
    record: SObject;
    prior: SObject | null;
    now: string;
    variables: Map<string, Value | SObject>;
}

function evaluate(node: Node, interview: Interview): Value {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'merge':
            return resolve(node.name, interview);
        case 'negate':
            return -number(evaluate(node.operand, interview), 'minus');
        case 'binary': {
            const left = evaluate(node.left, interview);
            const right = evaluate(node.right, interview);
            switch (node.op) {
                case '&':
                    return `${left ?? ''}${right ?? ''}`;
                case '+':
                    return number(left, '+') + number(right, '+');
                case '-':
                    return number(left, '-') - number(right, '-');
                case '*':
                    return number(left, '*') * number(right, '*');
                case '/':
                    return number(left, '/') / number(right, '/');
                case '=':
                case '==':
                    return left === right;
                case '<>':
                case '!=':
                    return left !== right;
                case '<':
                    return number(left, '<') < number(right, '<');
                case '>':
                    return number(left, '>') > number(right, '>');
                case '<=':
                    return number(left, '<=') <= number(right, '<=');
                default:
                    return number(left, '>=') >= number(right, '>=');
            }
        }
        case 'call':
            return call(node.name, node.args, interview);
        default:
            throw new Error('unknown formula node');
    }
}

function call(name: string, args: Node[], interview: Interview): Value {
    const arg = (index: number) => evaluate(args[index]!, interview);
    switch (name) {
        case 'IF':
            return arg(0) === true ? arg(1) : arg(2);
        case 'AND':
            return args.every((_, index) => arg(index) === true);
        case 'OR':
            return args.some((_, index) => arg(index) === true);
        case 'NOT':
            return arg(0) !== true;
        case 'ISBLANK':
            return isBlank(arg(0));
        case 'BLANKVALUE': {
            const value = arg(0);
            return isBlank(value) ? arg(1) : value;
        }
        case 'ISPICKVAL':
            return (arg(0) ?? '') === arg(1);
        case 'TEXT': {
            const value = arg(0);
            return value === null ? '' : String(value);
        }
        case 'FLOOR':
            return Math.floor(number(arg(0), 'FLOOR'));
        case 'MOD':
            return number(arg(0), 'MOD') % number(arg(1), 'MOD');
        case 'TODAY':
            // The org gives the running user's day in their time zone; the interview's clock is in UTC.
            return interview.now.slice(0, 10);
        case 'DATEVALUE': {
            const value = arg(0);
            return typeof value === 'string' ? value.slice(0, 10) : null;
        }
        case 'CASE': {
            const subject = arg(0);
            for (let index = 1; index + 1 < args.length; index += 2) {
                if (arg(index) === subject) {
                    return arg(index + 1);
                }
            }
            return args.length % 2 === 0 ? arg(args.length - 1) : null;
        }
        default:
            throw new Error(`the interpreter does not know ${name}: add it, as the platform documents it`);
    }
}

/** A flow resource or global variable by its reference: `$Record.Status__c`, `taskSubject`, `activityTask.Id`. */
function resolve(reference: string, interview: Interview): Value {
    const [root, field, ...rest] = reference.split('.');
    if (rest.length > 0) {
        throw new Error(`the flow does not reach across records: ${reference}`);
    }
    if (root === '$Record' || root === '$Record__Prior') {
        const record = root === '$Record' ? interview.record : interview.prior;
        return record?.[field!] ?? null;
    }
    if (root === '$Flow' && field === 'CurrentDateTime') {
        return interview.now;
    }
    if (root === '$Flow' && field === 'FaultMessage') {
        return null;
    }
    const formula = formulas.get(root!);
    if (formula) {
        const value = evaluate(parseFormula(text(formula, 'expression')!), interview);
        // A text formula that comes out empty is null, as everywhere on the platform.
        return value === '' ? null : value;
    }
    if (variables.has(root!)) {
        const value = interview.variables.get(root!) ?? null;
        if (field === undefined) {
            return value as Value;
        }
        return (value as SObject | null)?.[field] ?? null;
    }
    throw new Error(`unknown resource ${reference}`);
}

// ---------------------------------------------------------------------------------------------
// Walking the flow

function condition(element: Element, interview: Interview): boolean {
    const left = text(element, 'leftValueReference')!;
    const operator = text(element, 'operator');
    const right = literalOrReference(children(element, 'rightValue')[0]);
    const rightValue = right.reference !== undefined ? resolve(right.reference, interview) : right.literal!;
    const value = resolve(left, interview);
    switch (operator) {
        case 'IsNull':
            return isBlank(value) === rightValue;
        case 'IsChanged': {
            const field = left.replace(/^\$Record\./, '');
            const changed = interview.prior !== null && (interview.prior[field] ?? null) !== (interview.record[field] ?? null);
            return changed === rightValue;
        }
        case 'EqualTo':
            return value === rightValue;
        case 'NotEqualTo':
            return value !== rightValue;
        default:
            throw new Error(`the walk does not know the operator ${operator}`);
    }
}

/** A rule's or filter's logic, `and`, `or` or custom such as `1 AND (2 OR 3)`, on its conditions' results. */
function logic(expression: string, results: boolean[]): boolean {
    const custom = /^(and|or)$/i.test(expression) ? results.map((_, index) => index + 1).join(` ${expression} `) : expression;
    // Conditions become T or F; then the innermost parentheses are worked out until none are left.
    let reduced = custom.replace(/\d+/g, (index) => {
        const result = results[Number(index) - 1];
        if (result === undefined) {
            throw new Error(`no condition ${index} in ${expression}`);
        }
        return result ? 'T' : 'F';
    });
    const flat = (part: string): string => {
        const holds = part.split(/\bOR\b/i).some((conjunction) =>
            conjunction.split(/\bAND\b/i).every((term) => {
                const negations = (term.match(/\bNOT\b/gi) ?? []).length;
                const value = term.replace(/\bNOT\b/gi, '').trim();
                if (value !== 'T' && value !== 'F') {
                    throw new Error(`cannot read the condition logic ${expression}`);
                }
                return (value === 'T') !== (negations % 2 === 1);
            })
        );
        return holds ? 'T' : 'F';
    };
    while (reduced.includes('(')) {
        reduced = reduced.replace(/\(([^()]*)\)/g, (_, inner: string) => flat(inner));
    }
    return flat(reduced) === 'T';
}

function meetsStartConditions(record: SObject): boolean {
    const results = children(start, 'filters').map((filter) => {
        const field = text(filter, 'field')!;
        const value = record[field] ?? null;
        const expected = literalOrReference(children(filter, 'value')[0]).literal;
        switch (text(filter, 'operator')) {
            case 'EqualTo':
                return value === expected;
            case 'IsNull':
                return isBlank(value) === expected;
            default:
                throw new Error(`the walk does not know the start filter operator ${text(filter, 'operator')}`);
        }
    });
    return logic(text(start, 'filterLogic') ?? 'and', results);
}

interface Run {
    interview: Interview;
    visited: string[];
    /** The Task fields each write sends, by element name. */
    writes: Map<string, SObject>;
}

/** Runs the flow on a save of `record` (an update when `prior` is given); Task writes succeed. */
function runFlow(record: SObject, prior: SObject | null = null): Run {
    const interview: Interview = { record, prior, now: '2026-03-10T14:05:00.000Z', variables: new Map() };
    const run: Run = { interview, visited: [], writes: new Map() };
    let current = target(start);
    while (current !== undefined) {
        expect(run.visited).not.toContain(current);
        run.visited.push(current);
        const element = elementsByName.get(current)!;
        switch (element.tagName) {
            case 'assignments':
                for (const item of children(element, 'assignmentItems')) {
                    expect(text(item, 'operator')).toBe('Assign');
                    const source = literalOrReference(children(item, 'value')[0]);
                    const value = source.reference !== undefined ? resolve(source.reference, interview) : source.literal!;
                    const [root, field] = text(item, 'assignToReference')!.split('.');
                    if (field === undefined) {
                        interview.variables.set(root!, value);
                    } else {
                        const sObject = (interview.variables.get(root!) as SObject | undefined) ?? {};
                        sObject[field] = value;
                        interview.variables.set(root!, sObject);
                    }
                }
                current = target(element);
                break;
            case 'decisions': {
                const rule = children(element, 'rules').find((candidate) =>
                    logic(
                        text(candidate, 'conditionLogic')!,
                        children(candidate, 'conditions').map((entry) => condition(entry, interview))
                    )
                );
                current = rule ? target(rule) : target(element, 'defaultConnector');
                break;
            }
            case 'recordCreates':
            case 'recordUpdates': {
                const input = text(element, 'inputReference')!;
                if (input === '$Record') {
                    const fields: SObject = {};
                    for (const assignment of children(element, 'inputAssignments')) {
                        const source = literalOrReference(children(assignment, 'value')[0]);
                        fields[text(assignment, 'field')!] =
                            source.reference !== undefined ? resolve(source.reference, interview) : source.literal!;
                    }
                    run.writes.set(current, fields);
                } else {
                    const sObject = { ...((interview.variables.get(input) as SObject | undefined) ?? {}) };
                    run.writes.set(current, sObject);
                    if (element.tagName === 'recordCreates') {
                        (interview.variables.get(input) as SObject).Id = '00T000000000NEWAAA';
                    }
                }
                current = target(element);
                break;
            }
            default:
                throw new Error(`the walk does not know ${element.tagName}`);
        }
    }
    return run;
}

const ENDED_CALL: SObject = {
    Id: 'a00000000000001AAA',
    Channel__c: 'Voice',
    Direction__c: 'Inbound',
    Status__c: 'Ended',
    Talk_Seconds__c: 208,
    External_Key__c: 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7',
    Ended_At__c: '2026-03-10T13:59:40.000Z',
    Agent__c: '005000000000002AAA',
    OwnerId: '005000000000003AAA',
    Contact__c: '003000000000002AAA',
    Account__c: '001000000000002AAA',
    Disposition__c: 'Resolved',
    Notes__c: 'Asked for a copy of the invoice.'
};

const taskOf = (run: Run) => run.interview.variables.get('activityTask') as SObject;

// ---------------------------------------------------------------------------------------------

describe('CC Interaction Activity flow', () => {
    it('ships active as an after-save flow on CC_Interaction__c, for creates and updates, at the project API version', () => {
        const project = JSON.parse(readFileSync(join(process.cwd(), 'sfdx-project.json'), 'utf8')) as { sourceApiVersion: string };

        expect(text(flow, 'status')).toBe('Active');
        expect(text(flow, 'label')).toBe('CC Interaction Activity');
        expect(text(flow, 'apiVersion')).toBe(project.sourceApiVersion);
        expect(text(flow, 'processType')).toBe('AutoLaunchedFlow');
        expect(text(start, 'object')).toBe('CC_Interaction__c');
        expect(text(start, 'triggerType')).toBe('RecordAfterSave');
        expect(text(start, 'recordTriggerType')).toBe('CreateAndUpdate');
        // Every save that meets the conditions, not only the one that first meets them: a wrap-up
        // saved later must reach the Task.
        expect(text(start, 'doesRequireRecordChangedToMeetCriteria')).toBe('false');
    });

    it('starts for an ended or missed interaction linked to a Contact, Lead or Account, and for no other', () => {
        const linked: SObject[] = [
            { Contact__c: '003000000000002AAA' },
            { Lead__c: '00Q000000000002EAA' },
            { Account__c: '001000000000002AAA' }
        ];
        for (const status of ['Ringing', 'Connected', 'Ended', 'Missed']) {
            expect(interaction.fields.Status__c!.picklistValues).toContain(status);
            for (const link of linked) {
                expect(meetsStartConditions({ Status__c: status, ...link })).toBe(status === 'Ended' || status === 'Missed');
            }
            expect(meetsStartConditions({ Status__c: status })).toBe(false);
        }
    });

    it('creates one Task for an ended call and keeps its id on the interaction', () => {
        const run = runFlow(ENDED_CALL);

        expect(run.visited).toEqual(['Set_Task_Fields', 'Create_Or_Update', 'Set_Create_Fields', 'Create_Task', 'Keep_Task_Id']);
        expect(run.writes.get('Create_Task')).toEqual({
            Subject: 'Inbound call · 3 min 28 s',
            TaskSubtype: 'Call',
            Status: 'Completed',
            ActivityDate: '2026-03-10',
            OwnerId: '005000000000002AAA',
            WhoId: '003000000000002AAA',
            WhatId: '001000000000002AAA',
            CallType: 'Inbound',
            CallDurationInSeconds: 208,
            CallDisposition: 'Resolved',
            CallObject: 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7',
            Description: 'Asked for a copy of the invoice.'
        });
        expect(run.writes.get('Keep_Task_Id')).toEqual({ Task_Id__c: '00T000000000NEWAAA' });
    });

    it('creates no second Task on the save its own write of Task_Id__c causes', () => {
        const run = runFlow({ ...ENDED_CALL, Task_Id__c: '00T000000000001EAA' }, ENDED_CALL);

        expect(run.visited).toEqual(['Set_Task_Fields', 'Create_Or_Update']);
        expect(run.writes.size).toBe(0);
    });

    it('updates the same Task, by its id, when the wrap-up or the link changes later', () => {
        const before = { ...ENDED_CALL, Task_Id__c: '00T000000000001EAA' };
        const changes: SObject[] = [
            { Disposition__c: 'Callback requested' },
            { Notes__c: 'Call back after 3 pm.' },
            { Contact__c: '003000000000009AAA' },
            { Contact__c: null, Lead__c: '00Q000000000002EAA' },
            { Account__c: null },
            { Talk_Seconds__c: 215 }
        ];
        for (const change of changes) {
            const run = runFlow({ ...before, ...change }, before);

            expect(run.visited).toEqual(['Set_Task_Fields', 'Create_Or_Update', 'Set_Update_Fields', 'Update_Task']);
            const update = run.writes.get('Update_Task')!;
            expect(update.Id).toBe('00T000000000001EAA');
            for (const field of CREATE_ONLY_TASK_FIELDS) {
                expect(update).not.toHaveProperty(field);
            }
        }
        // A change the Task does not mirror writes nothing.
        const queueChange = runFlow({ ...before, Queue__c: 'Billing' }, before);
        expect(queueChange.writes.size).toBe(0);
    });

    it('relates the Task to the Contact or Lead and to the Account, never a Lead and an Account together', () => {
        const CONTACT = '003000000000002AAA';
        const LEAD = '00Q000000000002EAA';
        const ACCOUNT = '001000000000002AAA';
        const cases: [SObject, Value, Value][] = [
            [{ Contact__c: CONTACT }, CONTACT, null],
            [{ Contact__c: CONTACT, Account__c: ACCOUNT }, CONTACT, ACCOUNT],
            [{ Contact__c: CONTACT, Lead__c: LEAD, Account__c: ACCOUNT }, CONTACT, ACCOUNT],
            [{ Lead__c: LEAD }, LEAD, null],
            [{ Lead__c: LEAD, Account__c: ACCOUNT }, LEAD, null],
            [{ Account__c: ACCOUNT }, null, ACCOUNT]
        ];
        for (const [links, whoId, whatId] of cases) {
            const record = { ...ENDED_CALL, Contact__c: null, Lead__c: null, Account__c: null, ...links };
            const task = taskOf(runFlow(record));

            expect([task.WhoId, task.WhatId]).toEqual([whoId, whatId]);
        }
    });

    it('names calls and chats by direction, outcome and talk time', () => {
        const cases: [SObject, string][] = [
            [{}, 'Inbound call · 3 min 28 s'],
            [{ Direction__c: 'Outbound', Talk_Seconds__c: 45 }, 'Outbound call · 45 s'],
            [{ Direction__c: null, Talk_Seconds__c: 60 }, 'Call · 1 min 0 s'],
            [{ Talk_Seconds__c: 3725 }, 'Inbound call · 1 h 2 min 5 s'],
            [{ Talk_Seconds__c: null }, 'Inbound call'],
            [{ Status__c: 'Missed', Talk_Seconds__c: null }, 'Missed call'],
            [{ Status__c: 'Missed', Direction__c: 'Outbound', Talk_Seconds__c: 0 }, 'Outbound call · no answer'],
            [{ Channel__c: 'Chat', Talk_Seconds__c: 208 }, 'Chat · 3 min 28 s'],
            [{ Channel__c: 'Chat', Status__c: 'Missed', Talk_Seconds__c: null }, 'Missed chat']
        ];
        for (const [fields, subject] of cases) {
            expect(taskOf(runFlow({ ...ENDED_CALL, ...fields })).Subject).toBe(subject);
        }
    });

    it('writes talk time as hours, minutes and seconds for any duration', () => {
        const reference = (seconds: number) =>
            [
                seconds >= 3600 ? `${Math.floor(seconds / 3600)} h` : '',
                seconds >= 60 ? `${Math.floor((seconds % 3600) / 60)} min` : '',
                `${seconds % 60} s`
            ]
                .filter(Boolean)
                .join(' ');
        fc.assert(
            fc.property(fc.integer({ min: 0, max: 999_999_999 }), (seconds) => {
                expect(taskOf(runFlow({ ...ENDED_CALL, Talk_Seconds__c: seconds })).Subject).toBe(`Inbound call · ${reference(seconds)}`);
            })
        );
    });

    it('makes a chat a plain Task and a call a logged call of its talk seconds', () => {
        const chat = taskOf(runFlow({ ...ENDED_CALL, Channel__c: 'Chat' }));
        const missed = taskOf(runFlow({ ...ENDED_CALL, Status__c: 'Missed', Talk_Seconds__c: null }));

        expect([chat.TaskSubtype, chat.CallType, chat.CallDurationInSeconds]).toEqual(['Task', null, null]);
        expect([missed.TaskSubtype, missed.CallType, missed.CallDurationInSeconds]).toEqual(['Call', 'Inbound', 0]);
    });

    it('gives the Task to the agent, or to the interaction owner when it has none', () => {
        expect(taskOf(runFlow(ENDED_CALL)).OwnerId).toBe('005000000000002AAA');
        expect(taskOf(runFlow({ ...ENDED_CALL, Agent__c: null })).OwnerId).toBe('005000000000003AAA');
    });

    it('lets no failed Task write fail the interaction save: every write has a fault path that keeps the fault message', () => {
        const writes = [...children(flow, 'recordCreates'), ...children(flow, 'recordDeletes'), ...children(flow, 'recordUpdates')];

        expect(writes.map((element) => text(element, 'name'))).toEqual([
            'Create_Task',
            'Delete_Unkept_Task',
            'Keep_Task_Id',
            'Update_Task'
        ]);
        // A Task created whose id could not be kept is deleted first: else the next change would create a second one.
        const keepTaskId = elementsByName.get('Keep_Task_Id')!;
        const deleteUnkept = elementsByName.get(target(keepTaskId, 'faultConnector')!)!;
        expect([text(deleteUnkept, 'name'), text(deleteUnkept, 'inputReference')]).toEqual(['Delete_Unkept_Task', 'activityTask']);
        for (const element of writes) {
            const first = elementsByName.get(target(element, 'faultConnector')!)!;
            const fault = first === deleteUnkept ? elementsByName.get(target(deleteUnkept, 'connector')!)! : first;
            expect(fault.tagName).toBe('assignments');
            expect(literalOrReference(children(children(fault, 'assignmentItems')[0]!, 'value')[0]).reference).toBe('$Flow.FaultMessage');
        }
    });

    it('refers only to fields that exist, and writes values that fit them', () => {
        const references = [...flowDocument.querySelectorAll('elementReference, assignToReference, leftValueReference')].map(
            (element) => element.textContent!
        );
        const formulaReferences = [...formulas.values()].flatMap((formula) =>
            [...text(formula, 'expression')!.matchAll(/\{!([^}]+)\}/g)].map((match) => match[1]!)
        );
        const known = (reference: string) => {
            const [root, field] = reference.split('.');
            switch (root) {
                case '$Record':
                    return [...Object.keys(interaction.fields), ...STANDARD_INTERACTION_FIELDS].includes(field!);
                case 'activityTask':
                    return Object.keys(TASK_FIELDS).includes(field!);
                case '$Flow':
                    return ['CurrentDateTime', 'FaultMessage'].includes(field!);
                default:
                    return elementsByName.has(root!) && field === undefined;
            }
        };

        expect([...references, ...formulaReferences].filter((reference) => !known(reference))).toEqual([]);
        expect(interaction.fields.External_Key__c!.length).toBeLessThanOrEqual(TASK_FIELDS.CallObject!);
        expect(interaction.fields.Task_Id__c!.length).toBe(18);
        for (const value of interaction.fields.Disposition__c!.picklistValues!) {
            expect(value.length).toBeLessThanOrEqual(TASK_FIELDS.CallDisposition!);
        }
        for (const value of ['Ended', 'Missed']) {
            expect(interaction.fields.Status__c!.picklistValues).toContain(value);
        }
        expect(interaction.fields.Channel__c!.picklistValues).toContain('Chat');
        expect(interaction.fields.Direction__c!.picklistValues).toEqual(['Inbound', 'Outbound']);
    });

    it('fits Notes__c into the Task Comments (Description, 32,000 characters), so no note makes the Task write fail', () => {
        expect(projectObjects().CC_Interaction__c!.fields.Notes__c!.length).toBeLessThanOrEqual(TASK_FIELDS.Description!);
    });
});

describe('CC Interaction Activity flow tests', () => {
    const files = readdirSync(FLOW_TESTS_DIR).filter((file) => file.endsWith('.flowtest-meta.xml'));

    it('cover the create, the missed call, the chat, the update and the flow’s own write', () => {
        expect(files.sort()).toEqual([
            'CC_Activity_Chat_Creates_Task.flowtest-meta.xml',
            'CC_Activity_Ended_Call_Creates_Task.flowtest-meta.xml',
            'CC_Activity_Missed_Call_Lead.flowtest-meta.xml',
            'CC_Activity_Own_Write_No_Second_Task.flowtest-meta.xml',
            'CC_Activity_Wrap_Up_Updates_Task.flowtest-meta.xml'
        ]);
    });

    it.each(files)('%s holds when this flow runs it', (file) => {
        const test = parse(join(FLOW_TESTS_DIR, file)).documentElement;
        expect(text(test, 'flowApiName')).toBe(FLOW_NAME);
        expect(text(test, 'testType')).toBe('WithAssertion');
        const [startPoint, finishPoint] = children(test, 'testPoints');
        expect(text(startPoint!, 'elementApiName')).toBe('Start');
        expect(text(finishPoint!, 'elementApiName')).toBe('Finish');

        const records = new Map(
            children(startPoint!, 'parameters').map((parameter) => {
                expect(text(parameter, 'leftValueReference')).toBe('$Record');
                const record = JSON.parse(text(children(parameter, 'value')[0]!, 'sobjectValue')!) as SObject;
                const problems = Object.entries(record).filter(([field, value]) => {
                    const definition = interaction.fields[field];
                    return (
                        !definition ||
                        (definition.restrictedPicklist && !definition.picklistValues?.includes(String(value))) ||
                        ((definition.type === 'Lookup' || field === 'Task_Id__c') && !isRecordId(String(value)))
                    );
                });
                expect(problems).toEqual([]);
                return [text(parameter, 'type')!, record];
            })
        );
        const initial = records.get('InputTriggeringRecordInitial')!;
        const updated = records.get('InputTriggeringRecordUpdated');
        const record = updated ?? initial;
        expect(meetsStartConditions(record)).toBe(true);

        const run = runFlow(record, updated ? initial : null);
        // The org runs the Task writes for real; with the tests' placeholder ids they fail and the
        // fault path keeps the message, which no assertion but the write-free one looks at.
        for (const assertion of children(finishPoint!, 'assertions')) {
            for (const entry of children(assertion, 'conditions')) {
                const reference = text(entry, 'leftValueReference')!;
                const expected = literalOrReference(children(entry, 'rightValue')[0]).literal!;
                const actual = resolve(reference, run.interview);
                const holds = text(entry, 'operator') === 'IsNull' ? isBlank(actual) === expected : actual === expected;

                expect({ reference, actual, holds }).toEqual({ reference, actual, holds: true });
            }
            expect(text(assertion, 'errorMessage')).toBeTruthy();
        }
    });
});
