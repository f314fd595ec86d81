/**
 * The aggregate half of the UI API GraphQL stand-in: `uiapi { aggregate { <Object>(where:, groupBy:,
 * orderBy:, first:, after:) { edges { node { aggregate { <Field> { value count { value } … } } } }
 * totalCount } } }`, typed so that graphql-js refuses what the org refuses (a field the object does
 * not have or the user cannot read, a function the field's type does not support, a groupBy on a
 * field that cannot be grouped), and answered from the stored records as SOQL's GROUP BY would.
 *
 * Sources (developer.salesforce.com/docs/platform/graphql/guide/…):
 * - Aggregate Queries with GraphQL (aggregate.html): `uiapi { aggregate { … } }`; the functions avg,
 *   count, countDistinct, grouping, max, min, sum.
 * - Aggregate Schema (aggregate-schema.md): `UIAPI { query, aggregate: RecordQueryAggregate! }`;
 *   `RecordQueryAggregate` has one field per object, `Account(after: String, first: Int, groupBy:
 *   Account_GroupBy, orderBy: Account_OrderBy, scope: …, where: Account_Filter): AccountAggregateConnection`.
 * - Group By Schema (aggregate-groupby-schema.md): `input Account_GroupBy { Industry: GroupByClause … }`,
 *   `GroupByClause { group: Boolean }` ("If true, the field is included in the Group By SOQL clause").
 * - Group Aggregate Results (aggregate-groupby.md): groupBy behaves like SOQL's GROUP BY; the groupable
 *   types are Boolean, Date, Int, String and ID (DateTime only through a date function).
 * - Grouping Examples (aggregate-groupby-examples.md): `Opportunity(groupBy: { CampaignId: { group: true } })
 *   { edges { node { aggregate { Amount { avg { value } } } } } }` and its answer, one edge per group.
 * - Aggregate Examples (aggregate-examples.md): without groupBy one node over every record, `totalCount`
 *   "the total number of query results"; `Id { count { value } }` counts records.
 * - Aggregate Functions for Field Types (aggregate-support.html): which function each type has (Int and
 *   Long all seven; Double all but grouping; String and Id count, countDistinct, grouping, max, min;
 *   Boolean one, grouping; Date and DateTime count, countDistinct, max, min, grouping not on DateTime).
 * - Order Aggregate Results (aggregate-orderby.md): "To use the orderBy argument, your field must be
 *   grouped or aggregated".
 * - SOQL Aggregate Functions (salesforce-soql-sosl/guide/sforce-api-calls-soql-select-agg-functions):
 *   every function ignores nulls but COUNT(Id); MIN/MAX of a picklist follow the picklist's order;
 *   GROUP BY puts the records with a null value in a group of their own (…-soql-select-groupby).
 * - LWC, Aggregate Your Results (graphql-wire-lwc-aggregate.html): the same shape through lightning/graphql.
 *
 * Where the documentation is silent (assumed here, the smallest faithful behaviour):
 * - Type names the pages do not show: the node `<Object>Aggregate { aggregate: <Object>AggregateResult }`,
 *   one `<Scalar>Aggregate` type per field type (`StringAggregate`, `PicklistAggregate`, `IDAggregate`,
 *   `DoubleAggregate`, …) with `value`, `displayValue` and its functions, each function a value type:
 *   count and countDistinct `LongValue`, grouping `IntValue`, avg `DoubleValue`, sum/max/min the field's
 *   own `<Scalar>Value`.
 * - Not groupable besides DateTime: Double, Currency, Percent (SOQL's double fields are not groupable),
 *   TextArea, LongTextArea and RichTextArea. A long or rich text area has no function at all (SOQL cannot
 *   aggregate it); a TextArea has count, countDistinct, max, min.
 * - `value`/`displayValue` of a field that is neither grouped: an error, SOQL's "Field must be grouped or
 *   aggregated"; `displayValue` is null as in the record query stand-in; `grouping` is 0 (no ROLLUP/CUBE).
 * - Text groups ignore case and an Id groups with its 15-character form, as the filters compare them.
 * - Groups come in the order their first record was stored unless `orderBy` names grouped fields
 *   (ordering by an aggregate function, AggregateOrderBy…Clause's `function`, is not modeled); the
 *   record query's `<Object>_OrderBy` is reused, the docs naming the same type for both.
 * - Paging as the record query's: `first` 10 when left out, at most 200. `totalCount`: the number of
 *   groups, or of matching records without groupBy.
 * Not modeled: ROLLUP/CUBE (GroupByType), date functions (GroupByFunction, calendarYear …), `scope`,
 * `format` and `label`, relationship fields in groupBy.
 */
import {
    GraphQLBoolean,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    type GraphQLFieldConfig,
    type GraphQLFieldConfigMap,
    type GraphQLScalarType
} from 'graphql';
import type { FieldDefinition, ObjectDefinition } from '../uiApiEmulator/objectMetadata';
import {
    comparable,
    familiesOf,
    fieldValue,
    matchingRecords,
    pageOf,
    sorted,
    type Filter,
    type OrderByClause,
    type RecordNode
} from './uiGraphqlRecords';
import type { OperatorFamily, UiGraphqlContext } from './uiGraphqlSchema';

export type AggregateFunction = 'avg' | 'count' | 'countDistinct' | 'grouping' | 'max' | 'min' | 'sum';

interface AggregateSupport {
    functions: readonly AggregateFunction[];
    groupable: boolean;
}

const NUMBER: AggregateSupport = { functions: ['avg', 'count', 'countDistinct', 'max', 'min', 'sum'], groupable: false };
const TEXT: AggregateSupport = { functions: ['count', 'countDistinct', 'grouping', 'max', 'min'], groupable: true };
const ID: AggregateSupport = TEXT;

/** Per metadata field type (`<type>` in .field-meta.xml): its functions and whether groupBy takes it. */
const AGGREGATE_SUPPORT: Record<string, AggregateSupport> = {
    Text: TEXT,
    AutoNumber: TEXT,
    Phone: TEXT,
    Email: TEXT,
    Url: TEXT,
    Picklist: TEXT,
    TextArea: { functions: ['count', 'countDistinct', 'max', 'min'], groupable: false },
    LongTextArea: { functions: [], groupable: false },
    Html: { functions: [], groupable: false },
    Number: NUMBER,
    Currency: NUMBER,
    Percent: NUMBER,
    Checkbox: { functions: ['grouping'], groupable: true },
    Date: { functions: ['count', 'countDistinct', 'grouping', 'max', 'min'], groupable: true },
    DateTime: { functions: ['count', 'countDistinct', 'max', 'min'], groupable: false },
    Lookup: ID,
    MasterDetail: ID
};

function supportOf(field: FieldDefinition): AggregateSupport {
    const support = AGGREGATE_SUPPORT[field.type];
    if (!support) {
        throw new Error(`No UI API GraphQL aggregate type is known for field ${field.apiName} of type ${field.type}`);
    }
    return support;
}

/** What the aggregate types are built from: the record query's shared types and the field kinds. */
export interface AggregateTypeSources {
    pageInfo: GraphQLObjectType;
    /** `<Scalar>Value { value, displayValue }`. */
    value(scalar: GraphQLScalarType): GraphQLObjectType;
    kindOf(field: FieldDefinition): { scalar: GraphQLScalarType; family: OperatorFamily };
    /** The scalars of counts and of averages. */
    long: GraphQLScalarType;
    double: GraphQLScalarType;
}

export interface AggregateArguments {
    first?: number | null;
    after?: string | null;
    where?: Filter | null;
    groupBy?: Record<string, { group?: boolean | null } | null> | null;
    orderBy?: Record<string, OrderByClause> | null;
}

/** One group of records: the values of the grouped fields (the first record's) and its records. */
interface Group {
    values: ReadonlyMap<string, unknown>;
    records: readonly RecordNode[];
}

/** What one field of `<Object>AggregateResult` resolves to. */
interface FieldAggregate {
    field: FieldDefinition;
    family: OperatorFamily;
    grouped: boolean;
    value: unknown;
    records: readonly RecordNode[];
}

/** The aggregate types of one schema: the per-field-type ones are shared by every object. */
export class AggregateTypes {
    private readonly fieldTypes = new Map<string, GraphQLObjectType>();
    private readonly groupByClause = new GraphQLInputObjectType({
        name: 'GroupByClause',
        fields: { group: { type: GraphQLBoolean } }
    });

    private readonly sources: AggregateTypeSources;

    constructor(sources: AggregateTypeSources) {
        this.sources = sources;
    }

    /** The `RecordQueryAggregate` field of one object, over the fields this user can read. */
    queryField(
        object: ObjectDefinition,
        fields: readonly FieldDefinition[],
        filter: GraphQLInputObjectType,
        orderBy: GraphQLInputObjectType
    ): GraphQLFieldConfig<unknown, UiGraphqlContext> {
        const groupBy = new GraphQLInputObjectType({
            name: `${object.apiName}_GroupBy`,
            fields: Object.fromEntries(
                fields.filter((field) => supportOf(field).groupable).map((field) => [field.apiName, { type: this.groupByClause }])
            )
        });
        const result = new GraphQLObjectType({
            name: `${object.apiName}AggregateResult`,
            fields: Object.fromEntries(
                fields.map((field) => [
                    field.apiName,
                    {
                        type: this.fieldType(field),
                        resolve: (group: Group): FieldAggregate => ({
                            field,
                            family: this.sources.kindOf(field).family,
                            grouped: group.values.has(field.apiName),
                            value: group.values.get(field.apiName),
                            records: group.records
                        })
                    }
                ])
            )
        });
        const node = new GraphQLObjectType({
            name: `${object.apiName}Aggregate`,
            fields: { aggregate: { type: result, resolve: (group: Group) => group } }
        });
        const edge = new GraphQLObjectType({
            name: `${object.apiName}AggregateEdge`,
            fields: { node: { type: node }, cursor: { type: new GraphQLNonNull(GraphQLString) } }
        });
        const connection = new GraphQLObjectType({
            name: `${object.apiName}AggregateConnection`,
            fields: {
                edges: { type: new GraphQLList(edge) },
                pageInfo: { type: new GraphQLNonNull(this.sources.pageInfo) },
                totalCount: { type: new GraphQLNonNull(GraphQLInt) }
            }
        });
        return {
            type: connection,
            args: {
                first: { type: GraphQLInt },
                after: { type: GraphQLString },
                where: { type: filter },
                groupBy: { type: groupBy },
                orderBy: { type: orderBy }
            },
            resolve: (_parent, args, context) =>
                aggregateConnectionOf(object.apiName, fields, context, args as AggregateArguments, this.sources.kindOf)
        };
    }

    /** `<Scalar>Aggregate`: the grouped value and the functions one field type supports. */
    private fieldType(field: FieldDefinition): GraphQLObjectType {
        const { scalar } = this.sources.kindOf(field);
        const name = `${scalar.name}Aggregate`;
        let type = this.fieldTypes.get(name);
        if (!type) {
            const { long, double } = this.sources;
            const functionTypes: Record<AggregateFunction, GraphQLScalarType> = {
                avg: double,
                count: long,
                countDistinct: long,
                grouping: GraphQLInt,
                max: scalar,
                min: scalar,
                sum: scalar
            };
            const fields: GraphQLFieldConfigMap<FieldAggregate, UiGraphqlContext> = {
                value: { type: scalar, resolve: groupedValue },
                displayValue: {
                    type: GraphQLString,
                    resolve: (aggregate) => {
                        groupedValue(aggregate);
                        return null;
                    }
                },
                ...Object.fromEntries(
                    supportOf(field).functions.map((aggregateFunction) => [
                        aggregateFunction,
                        {
                            type: this.sources.value(functionTypes[aggregateFunction]),
                            resolve: (aggregate: FieldAggregate) => ({ value: computed(aggregateFunction, aggregate), displayValue: null })
                        }
                    ])
                )
            };
            type = new GraphQLObjectType({ name, fields });
            this.fieldTypes.set(name, type);
        }
        return type;
    }
}

/** One object's `<Object>AggregateConnection`: its groups (one without groupBy), ordered and paged. */
function aggregateConnectionOf(
    objectApiName: string,
    fields: readonly FieldDefinition[],
    context: UiGraphqlContext,
    args: AggregateArguments,
    kindOf: AggregateTypeSources['kindOf']
) {
    const families = familiesOf(fields, (field) => kindOf(field).family);
    const matching = matchingRecords(objectApiName, context.records, args.where, families);
    const grouped = Object.entries(args.groupBy ?? {})
        .filter(([, clause]) => clause?.group === true)
        .map(([field]) => field);
    if (grouped.length === 0) {
        return { ...pageOf([{ values: new Map(), records: matching }], args), totalCount: matching.length };
    }
    const groups = new Map<string, { values: Map<string, unknown>; records: RecordNode[] }>();
    for (const record of matching) {
        const key = JSON.stringify(grouped.map((field) => comparable(fieldValue(record, field), families.get(field) ?? 'text')));
        let group = groups.get(key);
        if (!group) {
            group = { values: new Map(grouped.map((field) => [field, fieldValue(record, field)])), records: [] };
            groups.set(key, group);
        }
        group.records.push(record);
    }
    const orderBy = Object.fromEntries(Object.entries(args.orderBy ?? {}).filter(([, clause]) => clause !== null));
    for (const field of Object.keys(orderBy)) {
        if (!grouped.includes(field)) {
            throw new GraphQLError(`Field must be grouped or aggregated: ${field}`);
        }
    }
    const ordered: Group[] = sorted([...groups.values()], orderBy, families, (group, field) => group.values.get(field));
    return pageOf(ordered, args);
}

/** A field's value in its group; SOQL refuses a field that is neither grouped nor aggregated. */
function groupedValue({ field, grouped, value }: FieldAggregate): unknown {
    if (!grouped) {
        throw new GraphQLError(`Field must be grouped or aggregated: ${field.apiName}`);
    }
    return value ?? null;
}

/** One function over a group's values; nulls are left out (COUNT(Id) counts every record: an Id is never null). */
function computed(name: AggregateFunction, { field, family, records }: FieldAggregate): unknown {
    const values = records.map((record) => fieldValue(record, field.apiName)).filter((value) => value !== null && value !== undefined);
    const numbers = () => values.map(Number);
    switch (name) {
        case 'count':
            return values.length;
        case 'countDistinct':
            return new Set(values.map((value) => comparable(value, family))).size;
        case 'sum':
            return values.length === 0 ? null : numbers().reduce((total, value) => total + value, 0);
        case 'avg':
            return values.length === 0 ? null : numbers().reduce((total, value) => total + value, 0) / values.length;
        case 'grouping':
            return 0;
        default:
            // min and max
            return extreme(values, field, family, name === 'max' ? 1 : -1);
    }
}

/** MIN/MAX: by the field's comparison (text ignoring case, dates by time); a picklist by its values' order. */
function extreme(values: unknown[], field: FieldDefinition, family: OperatorFamily, direction: 1 | -1): unknown {
    const order = field.type === 'Picklist' && field.picklistValues ? field.picklistValues : undefined;
    // A value the picklist does not (or no longer) list comes after the listed ones.
    const rank = (value: unknown) => {
        if (!order) {
            return comparable(value, family);
        }
        return order.includes(String(value)) ? order.indexOf(String(value)) : order.length;
    };
    let best: unknown = null;
    for (const value of values) {
        const candidate = rank(value);
        const current = best === null ? null : rank(best);
        if (current === null || (candidate !== null && (candidate > current ? 1 : candidate < current ? -1 : 0) === direction)) {
            best = value;
        }
    }
    return best;
}
