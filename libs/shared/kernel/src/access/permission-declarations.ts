import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { Permission, PERMISSION_METADATA } from './allow.decorator';

export interface DeclaredOperation {
  type: 'Query' | 'Mutation' | 'Subscription';
  name: string;
  handler: string;
  permission: Permission | undefined;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Every root operation of the schema with the permission its resolver declares. Start-up refuses
 * to serve a schema with an undeclared operation; the permission test reads the same list.
 */
@Injectable()
export class PermissionDeclarations implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  list(): DeclaredOperation[] {
    const operations: DeclaredOperation[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (!type || !ROOT_TYPES.has(type)) continue;
        operations.push({
          type: type as DeclaredOperation['type'],
          name: (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method,
          handler: `${wrapper.metatype.name}.${method}`,
          permission: this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_METADATA, [
            handler,
            wrapper.metatype,
          ]),
        });
      }
    }
    return operations.sort((a, b) => `${a.type}.${a.name}`.localeCompare(`${b.type}.${b.name}`));
  }

  onApplicationBootstrap(): void {
    const undeclared = this.list().filter((operation) => !operation.permission);
    if (undeclared.length) {
      throw new Error(
        `These operations declare no permission (@Allow, @SignedIn or @Public): ${undeclared
          .map((operation) => `${operation.type}.${operation.name} (${operation.handler})`)
          .join(', ')}`,
      );
    }
  }
}
