import { Inject, Injectable } from '@nestjs/common';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';

/**
 * Absolute addresses of the web app's pages, for links in email: a message is read outside the
 * browser, so a path alone would go nowhere. The base is BRAID_PUBLIC_URL.
 */
@Injectable()
export class AccountLinks {
  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {}

  /** `path` starts with `/` and names a web route, e.g. `/invitations/<token>`. */
  page(path: string): string {
    return `${this.options.publicUrl.replace(/\/+$/, '')}${path}`;
  }

  passwordReset(token: string): string {
    return this.page(`/reset-password/${encodeURIComponent(token)}`);
  }
}
