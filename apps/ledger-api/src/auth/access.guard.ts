import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { LEDGER_CONFIG } from '../config/config.token.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { ProblemError } from '../http/problem-details/problem-error.js';
import { ACCESS_METADATA, type AccessRule } from './access.decorator.js';
import { authenticate, type Authentication, type Principal } from './authenticate.js';
import { unauthenticated } from './authenticate-writes.js';

export type AuthenticatedRequest = Request & { principal?: Principal };

/** One guard for every route: the rule comes from the route's metadata. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) return true;
    if (rule.kind === 'read' && !this.config.LEDGER_PRIVATE_READS) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Writes were authenticated before their body was read (authenticate-writes.ts).
    const result: Authentication = request.principal
      ? { kind: 'authenticated', principal: request.principal }
      : authenticate(request.headers.authorization, this.config.LEDGER_TOKENS);
    if (result.kind !== 'authenticated') throw unauthenticated(result);
    if (rule.kind === 'write' && !result.principal.roles.has(rule.role)) {
      throw ProblemError.forbidden(`This route needs the "${rule.role}" role.`);
    }
    request.principal = result.principal;
    return true;
  }
}
