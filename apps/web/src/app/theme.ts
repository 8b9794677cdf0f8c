import { createTheme, type CSSVariablesResolver, type ModalProps } from '@mantine/core';

/**
 * Mantine's defaults, made to pass WCAG AA contrast (4.5:1 for body text): white on the default
 * blue shade 6 and the default grey "dimmed" text both fall short of it.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  // People who ask their device for less motion get menus and alerts without animation.
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    // A dialog's title row is a <header> inside Mantine's role="dialog" section, which axe and
    // screen readers count as a second page banner beside the page's own (landmark-unique,
    // landmark-no-duplicate-banner). It is no landmark: the dialog is named by its title already.
    // A plain object, not Modal.extend(): importing Modal here would put it in every first load.
    Modal: {
      defaultProps: { attributes: { header: { role: 'presentation' } } } satisfies Partial<ModalProps>,
    },
  },
});

/**
 * Text colours darkened for the light scheme: dimmed text, error messages (red 6 on white is
 * 3.3:1), outline variants (shade 9 on white), and the text of "light" variants (alerts, badges),
 * which is the body text colour: no shade of green or orange reaches 4.5:1 on its own tint, and
 * the tint (with the alert's title) already carries the colour. The axe run of the browser tests
 * fails when one of these falls short again.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).flatMap((color) => [
        [`--mantine-color-${color}-light-color`, 'var(--mantine-color-text)'],
        [`--mantine-color-${color}-outline`, `var(--mantine-color-${color}-9)`],
        [`--mantine-color-${color}-text`, `var(--mantine-color-${color}-9)`],
      ]),
    ),
  },
  dark: {},
});
