import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { operationDepth } from './operation-limits.plugin';

function depth(source: string): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return operationDepth(document, operation);
}

describe('operationDepth', () => {
  it('counts nested selections', () => {
    expect(depth('{ me { id } }')).toBe(2);
    expect(depth('{ a { b { c { d } } } }')).toBe(4);
  });

  it('follows fragments and inline fragments, and survives fragment cycles', () => {
    expect(depth('query { a { ...F } } fragment F on T { b { c } }')).toBe(3);
    expect(depth('query { a { ... on T { b { c } } } }')).toBe(3);
    expect(depth('query { a { ...F } } fragment F on T { b { ...F } }')).toBe(2);
  });

  it('does not count introspection', () => {
    expect(depth('{ __schema { types { fields { type { ofType { name } } } } } me { id } }')).toBe(2);
  });
});
