import { chooseLocale, localeFromBrowser, storedLocale, storeLocale } from './locale';

describe('choosing the language', () => {
  it("follows the signed-in person's profile above everything else", () => {
    expect(chooseLocale({ profile: 'ES', stored: 'en', browser: ['en-US'] })).toBe('es');
    expect(chooseLocale({ profile: 'EN', stored: 'es', browser: ['es-MX'] })).toBe('en');
  });

  it('uses the choice made on this device when nobody is signed in', () => {
    expect(chooseLocale({ profile: null, stored: 'es', browser: ['en-US'] })).toBe('es');
  });

  it("otherwise uses the first of the browser's languages that Braid speaks", () => {
    expect(chooseLocale({ profile: undefined, stored: null, browser: ['fr-FR', 'es-MX', 'en'] })).toBe('es');
    expect(localeFromBrowser(['EN-gb'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(chooseLocale({ profile: null, stored: null, browser: ['vi-VN', 'hmn'] })).toBe('en');
  });

  it('remembers the language on this device and ignores anything else stored there', () => {
    storeLocale('es');
    expect(storedLocale()).toBe('es');
    window.localStorage.setItem('braid.locale', 'fr');
    expect(storedLocale()).toBeNull();
  });
});
