import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CollaborativeService } from '@braid/collaboratives';
import { BudgetService } from '@braid/funds';
import {
  DEFAULT_OPERATION_LIMITS,
  MAX_DOCUMENT_TOKENS,
  operationAliases,
  operationCost,
  operationDepth,
  operationRootFields,
  statementsOf,
} from '@braid/kernel';
import { OutcomeService } from '@braid/reports';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  Lexer,
  print,
  Source,
  TokenKind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
  visit,
} from 'graphql';
import ts from 'typescript';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, PASSWORD, TestTenant } from '../support/tenant';

const WEB_SOURCES = join(__dirname, '../../../web/src');
/** The largest page the API serves (`first` is validated against it): the web's worst case. */
const MAX_PAGE_SIZE = 200;

/** Every `graphql(...)` document of the web client, as codegen finds them. */
function webDocuments(): { file: string; source: string }[] {
  const found: { file: string; source: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated') walk(path);
        continue;
      }
      if (!/\.tsx?$/.test(entry.name)) continue;
      const text = readFileSync(path, 'utf8');
      if (!text.includes('graphql(')) continue;
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const visitNode = (node: ts.Node): void => {
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'graphql' &&
          node.arguments[0] &&
          (ts.isNoSubstitutionTemplateLiteral(node.arguments[0]) || ts.isStringLiteral(node.arguments[0]))
        ) {
          found.push({ file: relative(WEB_SOURCES, path), source: node.arguments[0].text });
        }
        ts.forEachChild(node, visitNode);
      };
      visitNode(file);
    }
  };
  walk(WEB_SOURCES);
  return found;
}

interface WebOperation {
  name: string;
  file: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** Each operation with the fragments it spreads, as the client sends it. */
function webOperations(): WebOperation[] {
  const parsed = webDocuments().map(({ file, source }) => ({ file, document: parse(source) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { document } of parsed)
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operations: WebOperation[] = [];
  for (const { file, document } of parsed) {
    for (const operation of document.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      const needed = new Map<string, FragmentDefinitionNode>();
      const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void =>
        void visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (!fragment || needed.has(fragment.name.value)) return;
            needed.set(fragment.name.value, fragment);
            collect(fragment);
          },
        });
      collect(operation);
      operations.push({
        name: operation.name?.value ?? '(anonymous)',
        file,
        operation,
        document: { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] },
      });
    }
  }
  return operations;
}

/** The parser's tokens, with the `__typename` Apollo Client adds to every selection set. */
function tokensAsSent(document: DocumentNode): number {
  const lexer = new Lexer(new Source(print(document)));
  let tokens = 0;
  let selectionSets = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    tokens++;
    if (token.kind === TokenKind.BRACE_L) selectionSets++;
  }
  return tokens + selectionSets;
}

/** A value of the right type for each variable; pages as large as the API allows. */
function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type))
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, sample(field.type, field.name)]),
      );
    switch (type.name) {
      case 'Int':
        return name === 'first' ? MAX_PAGE_SIZE : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'Cents':
        return '100';
      case 'LocalDate':
        return '2026-01-01';
      case 'DateTime':
        return '2026-01-01T00:00:00Z';
      case 'JSON':
        return {};
      default:
        return '00000000-0000-4000-8000-000000000000';
    }
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      sample(
        typeFromAST(schema, definition.type as never) as GraphQLInputType,
        definition.variable.name.value,
      ),
    ]),
  );
}

/**
 * `count` aliases of one public field, written as tightly as an attacker would to stay within the
 * 100 kB body limit: the collaborative in variables, the selection in a fragment.
 */
function aliased(count: number, field: string, fragment: string): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}:${field}{...F}`).join(' ');
  const variable = field.includes('$c') ? '$c:ID!' : '$s:String!';
  return `query(${variable}){${fields}} fragment F on ${fragment}`;
}

/**
 * The operation limits, as an anonymous stranger and as the web client meet them: the aliased
 * requests the attack review sent are refused before any resolver runs, and every document the
 * web client sends passes with room to spare.
 */
describe('Operation limits', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    app = await startTestApp('operation-limits', { queryStats: true });
    tenant = await createTenant(app, 'limits');
    schema = app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => app.close());

  it('refuses 2,000 aliases of a public field from an anonymous caller at once, running no resolver and no SQL', async () => {
    const resolvers = [
      jest.spyOn(app.get(BudgetService), 'summary'),
      jest.spyOn(app.get(OutcomeService), 'publicOutcomes'),
      jest.spyOn(app.get(CollaborativeService), 'bySlug'),
    ];
    const attacks = {
      fundSummary: aliased(2_000, 'fundSummary(collaborativeId:$c)', 'FundSummary{collaborativeId}'),
      transparency: aliased(2_000, 'transparency(slug:$s)', 'Transparency{collaborative{name}}'),
      publicOutcomes: aliased(2_000, 'publicOutcomes(collaborativeSlug:$s)', 'PublicMetricOutcome{name}'),
    };
    const answers: Record<string, unknown> = {};
    for (const [name, document] of Object.entries(attacks)) {
      const started = performance.now();
      const variables = document.includes('$c') ? { c: tenant.collaborativeId } : { s: tenant.slug };
      const response = await app.client().request(document, variables);
      const milliseconds = performance.now() - started;
      answers[name] = {
        status: response.status,
        code: response.errors?.[0].extensions?.code,
        reason: response.errors?.[0].extensions?.['reason'],
        data: response.data,
        sqlQueries: response.sqlQueries,
        fast: milliseconds < 500,
      };
    }
    // The parser stops at the token limit: validation never sees the 2,000 fields.
    const refused = {
      status: 400,
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_TOKENS',
      data: null,
      sqlQueries: 0,
      fast: true,
    };
    expect(answers).toEqual({ fundSummary: refused, transparency: refused, publicOutcomes: refused });
    for (const resolver of resolvers) expect(resolver).not.toHaveBeenCalled();
    for (const resolver of resolvers) resolver.mockRestore();
  });

  it('keeps a chair’s grant list fast while three such requests arrive at once', async () => {
    const grants = `query ($id: ID!) { grants(collaborativeId: $id, first: 50) { nodes { id title } } }`;
    await tenant.clients.chair.data(grants, { id: tenant.collaborativeId });
    const attack = aliased(2_000, 'fundSummary(collaborativeId:$c)', 'FundSummary{collaborativeId}');
    const variables = { c: tenant.collaborativeId };
    const started = performance.now();
    const [list, ...attacks] = await Promise.all([
      tenant.clients.chair.request(grants, { id: tenant.collaborativeId }),
      ...Array.from({ length: 3 }, () => app.client().request(attack, variables)),
    ]);
    const milliseconds = performance.now() - started;
    expect(list.errors).toBeUndefined();
    expect(attacks.map((response) => response.errors?.[0].extensions?.['reason'])).toEqual(
      Array(3).fill('TOO_MANY_TOKENS'),
    );
    expect(milliseconds).toBeLessThan(1_000);
  });

  it('refuses more aliases than the limit in a document small enough to parse', async () => {
    const spy = jest.spyOn(app.get(BudgetService), 'summary');
    const document = aliased(16, 'fundSummary(collaborativeId:$c)', 'FundSummary{collaborativeId}');
    const response = await app.client().request(document, { c: tenant.collaborativeId });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ALIASES',
      maxAliases: 15,
    });
    expect(response.sqlQueries).toBe(0);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('refuses more root fields than the limit even without aliases', async () => {
    // Eleven different public root fields: no alias, each its own resolver.
    const document = `query ($slug: String!, $id: ID!) {
      me { id } myPermissions publishedCollaboratives { id } collaborativeBySlug(slug: $slug) { id }
      transparency(slug: $slug) { collaborative { name } } publicOutcomes(collaborativeSlug: $slug) { name }
      fundSummary(collaborativeId: $id) { collaborativeId } myCollaboratives { id }
      invitationPreview(token: "x") { collaborativeName } votingRules(collaborativeId: $id) { collaborativeId }
      seats(collaborativeId: $id) { id }
    }`;
    const response = await app.client().request(document, { slug: tenant.slug, id: tenant.collaborativeId });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ROOT_FIELDS',
      maxRootFields: 10,
    });
    expect(response.sqlQueries).toBe(0);
  });

  it('gives an anonymous caller, or one with a made-up cookie, a smaller budget than a member', async () => {
    // 200 members with their user and organization: about 1,800, within a member's budget.
    const members = `query ($id: ID!) { memberships(collaborativeId: $id, first: 200) {
      nodes { id roles user { id displayName } organization { id name } } } }`;
    const variables = { id: tenant.collaborativeId };
    const anonymous = await app.client().request(members, variables);
    expect(anonymous.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
      maxComplexity: 1_000,
    });
    expect(anonymous.sqlQueries).toBe(0);
    const forged = app.client();
    forged.useSessionCookie('braid_session=made-up');
    expect((await forged.request(members, variables)).errors?.[0].extensions?.['reason']).toBe(
      'QUERY_TOO_COSTLY',
    );
    const member = await app.client().signIn(tenant.users.member.email, PASSWORD);
    const answer = await member.request(members, variables);
    expect(answer.errors).toBeUndefined();
  });

  it('prices a plain property as no statement and a field with its own resolver as one', () => {
    const statementsField = (type: string, field: string) =>
      (schema.getType(type) as GraphQLObjectType).getFields()[field];
    const statements = (type: string, field: string) => statementsOf(statementsField(type, field), false);
    expect({
      'Grant.title': statements('Grant', 'title'),
      'Membership.roles': statements('Membership', 'roles'),
      'Membership.user': statements('Membership', 'user'),
      'Grant.recipient': statements('Grant', 'recipient'),
    }).toEqual({ 'Grant.title': 0, 'Membership.roles': 0, 'Membership.user': 1, 'Grant.recipient': 1 });
    expect(statementsOf(statementsField('Query', 'fundSummary'), true)).toBe(1);
  });

  it('lets every document the web client sends through, signed in, and the public pages’ anonymously', () => {
    const limits = DEFAULT_OPERATION_LIMITS;
    const operations = webOperations();
    // Every page's queries and mutations: a web client without documents would prove nothing.
    expect(operations.length).toBeGreaterThan(80);
    const publicOperations = new Set([
      'Session',
      'SignIn',
      'InvitationPreview',
      'AcceptInvitation',
      'PublishedCollaboratives',
      'Transparency',
      'PublicOutcomes',
    ]);
    const over: string[] = [];
    const costs: [string, number][] = [];
    for (const { name, file, document, operation } of operations) {
      const cost = operationCost(schema, document, name, sampleVariables(schema, operation));
      costs.push([name, cost]);
      const budget = publicOperations.has(name) ? limits.maxAnonymousComplexity : limits.maxComplexity;
      const figures = {
        cost: [cost, budget],
        tokens: [tokensAsSent(document), MAX_DOCUMENT_TOKENS],
        depth: [operationDepth(document, operation), limits.maxDepth],
        aliases: [operationAliases(document, operation), limits.maxAliases],
        rootFields: [operationRootFields(document, operation), limits.maxRootFields],
      };
      for (const [figure, [value, limit]] of Object.entries(figures))
        if (value > limit) over.push(`${file} ${name}: ${figure} ${value} > ${limit}`);
    }
    expect(publicOperations.size).toBe(operations.filter(({ name }) => publicOperations.has(name)).length);
    expect(over).toEqual([]);
    costs.sort((a, b) => b[1] - a[1]);
    const costliestPublic = costs.find(([name]) => publicOperations.has(name));
    const tokens = Math.max(...operations.map(({ document }) => tokensAsSent(document)));
    process.stdout.write(
      `\nWeb client: ${operations.length} operations, at most ${tokens} tokens; costliest ${costs
        .slice(0, 5)
        .map(([name, cost]) => `${name} ${cost}`)
        .join(', ')}; costliest public ${costliestPublic?.join(' ')}\n`,
    );
  });
});
