/**
 * The UI API GraphQL schema of an org, generated from object metadata by the documented conventions,
 * so that graphql-js refuses offline what the org's GraphQL API would refuse (an unknown field, a
 * field the user cannot read, a variable declared with another type than its position's).
 *
 * Sources for the conventions (the org's schema is generated per user from the same metadata):
 * - Schema Conventions, https://developer.salesforce.com/docs/platform/graphql/guide/schema-conventions.html:
 *   `Query { uiapi: UIAPI }`, the `UIAPI` type with its `query` field, Relay connections for paging.
 * - Query Objects, https://developer.salesforce.com/docs/platform/graphql/guide/query-record-objects.html:
 *   `RecordQuery` has one field per object the user can access, with the arguments `first`, `after`,
 *   `where`, `orderBy`, `scope`, `upperBound`, returning `<Object>Connection` (edges of
 *   `<Object>Edge { node, cursor }` and a `PageInfo`); only fields the user can read are there.
 * - Field Operators, https://developer.salesforce.com/docs/platform/graphql/guide/filter-fields.html:
 *   each field has an input field of an `Operators` type on `<Object>_Filter` (e.g. `Name: StringOperators`),
 *   with eq, ne, lt, gt, lte, gte, like (strings only), in, nin, inq, ninq; string comparisons
 *   ignore case. Boolean Operators (filter-boolean.html): `and`, `or`, `not`.
 * - The exact type names, read from a schema an org gave: the code generated from it in
 *   github.com/forcedotcom/sf-skills, samples/ui-bundle-template-app-react-sample-b2e/force-app/main/
 *   default/uiBundles/propertymanagementapp/src/api/graphql-operations-types.ts: scalars `PhoneNumber`,
 *   `Email`, `Url`, `Picklist`, `TextArea`, `LongTextArea`, `Double`, `Currency`, `Percent`, `Long`,
 *   `DateTime`, `Date`; `Contact_Filter { Phone: PhoneNumberOperators, MobilePhone: PhoneNumberOperators,
 *   Email: EmailOperators, Name: StringOperators, Id: …Operators, and, or, not }`; `PhoneNumberOperators`
 *   typing eq/like/… as `PhoneNumber` and in/nin as `[PhoneNumber]`; `EmailOperators` as `Email`;
 *   `StringOperators` as `String`; the ID operators as `ID` (that file spells the type `IdOperators`
 *   after its generator's renaming; `IDOperators` here); DateTime operators take `DateTimeInput { value }`.
 *   Value types wrap the scalar: `PhoneNumberValue { value: PhoneNumber }` (…/docs/read-query-generation.md).
 * - Aggregate Schema, https://developer.salesforce.com/docs/platform/graphql/guide/aggregate-schema.html:
 *   `UIAPI { query: RecordQuery, aggregate: RecordQueryAggregate! }`; the aggregate types, and what they
 *   answer, are in uiGraphqlAggregates.ts (with their sources and what is assumed there).
 * Not modeled: relationship fields and filters, semi-joins (inq/ninq), date literals and functions,
 * `scope`, mutations, `@optional`.
 */
import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLError,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
    Kind,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLInputType
} from 'graphql';
import type { FieldDefinition, ObjectDefinition } from '../uiApiEmulator/objectMetadata';
import { AggregateTypes } from './uiGraphqlAggregates';
import { connectionOf, fieldValue, type QueryArguments, type RecordNode, type RecordSource } from './uiGraphqlRecords';

export interface UiGraphqlSchemaOptions {
    /** Every object the user can query, package and standard ones alike. */
    objects: Record<string, ObjectDefinition>;
    /** `Object.Field` names this user cannot read (field-level security): absent from the schema. */
    unreadableFields?: Iterable<string>;
}

/** What a query's resolvers read records from (the UI API emulator). */
export interface UiGraphqlContext {
    records: RecordSource;
}

/** How a field type is filtered: which operators its Operators type has. */
export type OperatorFamily = 'text' | 'number' | 'boolean' | 'id' | 'datetime';

interface FieldKind {
    scalar: GraphQLScalarType;
    family: OperatorFamily;
}

function textScalar(name: string): GraphQLScalarType<string, string> {
    const refuse = (shown: string) => new GraphQLError(`${name} cannot represent a non string value: ${shown}`);
    return new GraphQLScalarType<string, string>({
        name,
        coerceOutputValue: (value) => String(value),
        coerceInputValue: (value) => {
            if (typeof value !== 'string') {
                throw refuse(JSON.stringify(value));
            }
            return value;
        },
        coerceInputLiteral: (node) => {
            if (node.kind !== Kind.STRING) {
                throw refuse(node.kind);
            }
            return node.value;
        }
    });
}

function numberScalar(name: string): GraphQLScalarType<number, number> {
    const refuse = (shown: string) => new GraphQLError(`${name} cannot represent a non numeric value: ${shown}`);
    return new GraphQLScalarType<number, number>({
        name,
        coerceOutputValue: (value) => Number(value),
        coerceInputValue: (value) => {
            const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
            if (typeof number !== 'number' || !Number.isFinite(number)) {
                throw refuse(JSON.stringify(value));
            }
            return number;
        },
        coerceInputLiteral: (node) => {
            if (node.kind !== Kind.INT && node.kind !== Kind.FLOAT && node.kind !== Kind.STRING) {
                throw refuse(node.kind);
            }
            const number = Number(node.value);
            if (!Number.isFinite(number)) {
                throw refuse(node.value);
            }
            return number;
        }
    });
}

const SCALARS = {
    PhoneNumber: textScalar('PhoneNumber'),
    Email: textScalar('Email'),
    Url: textScalar('Url'),
    Picklist: textScalar('Picklist'),
    TextArea: textScalar('TextArea'),
    LongTextArea: textScalar('LongTextArea'),
    RichTextArea: textScalar('RichTextArea'),
    DateTime: textScalar('DateTime'),
    Date: textScalar('Date'),
    Double: numberScalar('Double'),
    /** Counts in aggregate queries (`LongValue`). */
    Long: numberScalar('Long'),
    Currency: numberScalar('Currency'),
    Percent: numberScalar('Percent')
};

/** The scalar and operators of each metadata field type (`<type>` in .field-meta.xml). */
const FIELD_KINDS: Record<string, FieldKind> = {
    Text: { scalar: GraphQLString, family: 'text' },
    AutoNumber: { scalar: GraphQLString, family: 'text' },
    Phone: { scalar: SCALARS.PhoneNumber, family: 'text' },
    Email: { scalar: SCALARS.Email, family: 'text' },
    Url: { scalar: SCALARS.Url, family: 'text' },
    Picklist: { scalar: SCALARS.Picklist, family: 'text' },
    TextArea: { scalar: SCALARS.TextArea, family: 'text' },
    LongTextArea: { scalar: SCALARS.LongTextArea, family: 'text' },
    Html: { scalar: SCALARS.RichTextArea, family: 'text' },
    Number: { scalar: SCALARS.Double, family: 'number' },
    Currency: { scalar: SCALARS.Currency, family: 'number' },
    Percent: { scalar: SCALARS.Percent, family: 'number' },
    Checkbox: { scalar: GraphQLBoolean, family: 'boolean' },
    DateTime: { scalar: SCALARS.DateTime, family: 'datetime' },
    Date: { scalar: SCALARS.Date, family: 'datetime' },
    Lookup: { scalar: GraphQLID, family: 'id' },
    MasterDetail: { scalar: GraphQLID, family: 'id' }
};

/** The field kind of a metadata field; a type with no known GraphQL type fails loudly rather than be guessed. */
export function fieldKind(field: Pick<FieldDefinition, 'apiName' | 'type'>): FieldKind {
    const kind = FIELD_KINDS[field.type];
    if (!kind) {
        throw new Error(`No UI API GraphQL type is known for field ${field.apiName} of type ${field.type}`);
    }
    return kind;
}

/** The types every object shares, made on first use. */
class SharedTypes {
    private readonly values = new Map<string, GraphQLObjectType>();
    private readonly operatorTypes = new Map<string, GraphQLInputObjectType>();
    private readonly dateTimeInputs = new Map<string, GraphQLInputObjectType>();
    readonly pageInfo = new GraphQLObjectType({
        name: 'PageInfo',
        fields: {
            hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
            hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
            startCursor: { type: GraphQLString },
            endCursor: { type: GraphQLString }
        }
    });
    readonly orderByClause = new GraphQLInputObjectType({
        name: 'OrderByClause',
        fields: {
            order: { type: new GraphQLEnumType({ name: 'ResultOrder', values: { ASC: {}, DESC: {} } }) },
            nulls: { type: new GraphQLEnumType({ name: 'NullOrder', values: { FIRST: {}, LAST: {} } }) }
        }
    });

    /** `<Scalar>Value { value, displayValue }`: how a record field is read (`Phone { value }`). */
    value(scalar: GraphQLScalarType): GraphQLObjectType {
        let type = this.values.get(scalar.name);
        if (!type) {
            type = new GraphQLObjectType({
                name: `${scalar.name}Value`,
                fields: { value: { type: scalar }, displayValue: { type: GraphQLString } }
            });
            this.values.set(scalar.name, type);
        }
        return type;
    }

    /** `<Scalar>Operators`: the filter operators of one field type, typed by its scalar. */
    operators({ scalar, family }: FieldKind): GraphQLInputObjectType {
        const name = scalar === GraphQLInt ? 'IntegerOperators' : `${scalar.name}Operators`;
        let type = this.operatorTypes.get(name);
        if (!type) {
            const operand: GraphQLInputType = family === 'datetime' ? this.dateTimeInput(scalar) : scalar;
            const single =
                family === 'boolean' ? ['eq', 'ne'] : ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', ...(family === 'text' ? ['like'] : [])];
            const lists = family === 'boolean' ? [] : ['in', 'nin'];
            type = new GraphQLInputObjectType({
                name,
                fields: {
                    ...Object.fromEntries(single.map((operator) => [operator, { type: operand }])),
                    ...Object.fromEntries(lists.map((operator) => [operator, { type: new GraphQLList(operand) }]))
                }
            });
            this.operatorTypes.set(name, type);
        }
        return type;
    }

    /** `DateTimeInput { value: DateTime }` (the org's also takes relative `literal`s and `range`s). */
    private dateTimeInput(scalar: GraphQLScalarType): GraphQLInputObjectType {
        let type = this.dateTimeInputs.get(scalar.name);
        if (!type) {
            type = new GraphQLInputObjectType({ name: `${scalar.name}Input`, fields: { value: { type: scalar } } });
            this.dateTimeInputs.set(scalar.name, type);
        }
        return type;
    }
}

/** Builds the schema; shared types (scalars, value and operator types, PageInfo) are made once. */
export function uiGraphqlSchema(options: UiGraphqlSchemaOptions): GraphQLSchema {
    const unreadable = new Set(options.unreadableFields ?? []);
    const types = new SharedTypes();
    const aggregates = new AggregateTypes({
        pageInfo: types.pageInfo,
        value: (scalar) => types.value(scalar),
        kindOf: fieldKind,
        long: SCALARS.Long,
        double: SCALARS.Double
    });
    const recordQueryFields: GraphQLFieldConfigMap<unknown, UiGraphqlContext> = {};
    const aggregateQueryFields: GraphQLFieldConfigMap<unknown, UiGraphqlContext> = {};
    for (const object of Object.values(options.objects)) {
        const fields = readableFields(object, unreadable);
        const filter: GraphQLInputObjectType = new GraphQLInputObjectType({
            name: `${object.apiName}_Filter`,
            fields: (): GraphQLInputFieldConfigMap => ({
                ...Object.fromEntries(fields.map((field) => [field.apiName, { type: types.operators(fieldKind(field)) }])),
                and: { type: new GraphQLList(filter) },
                or: { type: new GraphQLList(filter) },
                not: { type: filter }
            })
        });
        const orderBy = new GraphQLInputObjectType({
            name: `${object.apiName}_OrderBy`,
            fields: Object.fromEntries(fields.map((field) => [field.apiName, { type: types.orderByClause }]))
        });
        const node = new GraphQLObjectType({
            name: object.apiName,
            fields: {
                Id: { type: new GraphQLNonNull(GraphQLID) },
                ApiName: { type: new GraphQLNonNull(GraphQLString), resolve: () => object.apiName },
                ...Object.fromEntries(
                    fields
                        .filter((field) => field.apiName !== 'Id')
                        .map((field) => [
                            field.apiName,
                            {
                                type: types.value(fieldKind(field).scalar),
                                resolve: (record: RecordNode) => ({ value: fieldValue(record, field.apiName), displayValue: null })
                            }
                        ])
                )
            }
        });
        const edge = new GraphQLObjectType({
            name: `${object.apiName}Edge`,
            fields: { node: { type: node }, cursor: { type: new GraphQLNonNull(GraphQLString) } }
        });
        const connection = new GraphQLObjectType({
            name: `${object.apiName}Connection`,
            fields: {
                edges: { type: new GraphQLList(edge) },
                pageInfo: { type: new GraphQLNonNull(types.pageInfo) },
                totalCount: { type: new GraphQLNonNull(GraphQLInt) }
            }
        });
        recordQueryFields[object.apiName] = {
            type: connection,
            args: {
                first: { type: GraphQLInt },
                after: { type: GraphQLString },
                where: { type: filter },
                orderBy: { type: orderBy },
                upperBound: { type: GraphQLInt }
            },
            resolve: (_parent, args, context) =>
                connectionOf(object.apiName, fields, context.records, args as QueryArguments, (field) => fieldKind(field).family)
        };
        // The same filter (and its evaluation) and the same _OrderBy type as the record query: the docs name them for both.
        aggregateQueryFields[object.apiName] = aggregates.queryField(object, fields, filter, orderBy);
    }
    const recordQuery = new GraphQLObjectType({ name: 'RecordQuery', fields: recordQueryFields });
    const recordQueryAggregate = new GraphQLObjectType({ name: 'RecordQueryAggregate', fields: aggregateQueryFields });
    const uiapi = new GraphQLObjectType({
        name: 'UIAPI',
        fields: {
            query: { type: new GraphQLNonNull(recordQuery), resolve: () => ({}) },
            aggregate: { type: new GraphQLNonNull(recordQueryAggregate), resolve: () => ({}) }
        }
    });
    return new GraphQLSchema({
        query: new GraphQLObjectType({
            name: 'Query',
            fields: { uiapi: { type: new GraphQLNonNull(uiapi), resolve: () => ({}) } }
        })
    });
}

/** `Id` and the fields this user can read; a person's Name (from FirstName and LastName) is a field too. */
function readableFields(object: ObjectDefinition, unreadable: ReadonlySet<string>): FieldDefinition[] {
    const idField: FieldDefinition = {
        apiName: 'Id',
        label: 'Record ID',
        type: 'Lookup',
        unique: true,
        caseSensitive: true,
        restrictedPicklist: false
    };
    const nameField: FieldDefinition = { ...idField, apiName: 'Name', label: 'Name', type: 'Text', unique: false, caseSensitive: false };
    const fields = [idField, ...(object.fields.Name ? [] : [nameField]), ...Object.values(object.fields)];
    return fields.filter((field) => field.apiName === 'Id' || !unreadable.has(`${object.apiName}.${field.apiName}`));
}
