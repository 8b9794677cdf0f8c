import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { operationAliases, operationDepth, operationRootFields } from './operation-limits.plugin';

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

function counts(source: string): { aliases: number; rootFields: number } {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return {
    aliases: operationAliases(document, operation),
    rootFields: operationRootFields(document, operation),
  };
}

describe('operationAliases and operationRootFields', () => {
  it('count aliases as executed: a fragment spread twice runs its aliases twice', () => {
    expect(counts('{ a: me { id } b: me { id } }')).toEqual({ aliases: 2, rootFields: 2 });
    expect(counts('{ x { ...F } y: x { ...F } } fragment F on T { p: id q: id }')).toEqual({
      aliases: 5,
      rootFields: 2,
    });
  });

  it('do not count an alias that repeats the field’s own name, and survive fragment cycles', () => {
    expect(counts('{ me: me { id: id } }')).toEqual({ aliases: 0, rootFields: 1 });
    expect(
      counts('query { ...A } fragment A on Query { a: me { id } ...B } fragment B on Query { ...A }'),
    ).toEqual({ aliases: 1, rootFields: 1 });
  });

  it('stop counting aliases past the limit asked for', () => {
    const wide = `{ ${Array.from({ length: 5_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const document = parse(wide);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(operationAliases(document, operation, 15)).toBeLessThanOrEqual(17);
  });
});
