import { Button, type ButtonProps } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

/** A bell drawn inline: an icon library would cost the first page more than these few bytes. */
function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
      />
    </svg>
  );
}

/**
 * The header's bell: the unread count is shown as a number and said in words by its name
 * ("Notifications, 3 unread"), so it does not depend on colour or on seeing the badge.
 */
export const BellButton = forwardRef<
  HTMLButtonElement,
  ButtonProps & ComponentPropsWithoutRef<'button'> & { count: number | null; label: string }
>(function BellButton({ count, label, ...props }, ref) {
  return (
    <Button
      ref={ref}
      variant={count ? 'light' : 'default'}
      size="sm"
      px="xs"
      aria-label={label}
      leftSection={<BellIcon />}
      data-testid="notification-bell"
      {...props}
    >
      <span aria-hidden="true" data-testid="notification-count">
        {count ? (count > 99 ? '99+' : count) : ''}
      </span>
    </Button>
  );
});
