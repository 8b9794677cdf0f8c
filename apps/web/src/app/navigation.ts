import type { MessageId } from '../i18n/messages';
import type { AppAbility } from '../session/ability';

/**
 * One link of the collaborative's navigation bar. Each area (governance, funds, reports) lists its
 * own entries beside its routes; the bar shows an entry only to people whose permissions
 * (`myPermissions`) allow what the page is for, so nobody is sent to a page that would refuse them.
 */
export interface NavEntry {
  /** Stable key, also used as the link's test id (`nav-<key>`). */
  key: string;
  label: MessageId;
  /** The page's path inside the collaborative. */
  path: (collaborativeId: string) => string;
  visible?: (ability: AppAbility, collaborativeId: string) => boolean;
  /** Current only on its own path, not below it: a section whose path is its siblings' prefix. */
  end?: boolean;
  /**
   * The pages below the path (a meeting under the meetings) are for the same people: someone the
   * entry is not visible to is told they are not available, whatever the address.
   */
  coversPagesBelow?: boolean;
}
