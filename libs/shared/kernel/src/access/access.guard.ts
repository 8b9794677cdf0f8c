import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { exchangeOf } from '../context/execution';
import { RequestContextService } from '../context/request-context.service';
import { NotAllowedError, UnauthenticatedError } from '../errors/braid-error';
import { Permission, PERMISSION_METADATA } from './allow.decorator';

/**
 * The one global guard. It refuses by default: an operation that declares no permission is
 * FORBIDDEN to everyone, so a forgotten declaration closes a door instead of opening one.
 * Record-level checks happen in services, in SQL (accessibleBy / findAccessible).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: RequestContextService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permission) {
      throw new NotAllowedError(
        `${context.getClass().name}.${context.getHandler().name} declares no permission.`,
      );
    }
    const { req, res } = exchangeOf(context);
    const ctx = await this.contexts.forRequest(req, res);
    switch (permission.kind) {
      case 'public':
        return true;
      case 'signed-in':
        if (!ctx.isAuthenticated) throw new UnauthenticatedError();
        return true;
      case 'ability':
        if (ctx.ability.can(permission.action, permission.subject)) return true;
        if (!ctx.isAuthenticated) throw new UnauthenticatedError();
        throw new NotAllowedError(`You are not allowed to ${permission.action} ${permission.subject}.`, {
          action: permission.action,
          subject: permission.subject,
        });
    }
  }
}
