import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateMyLanguageMutation } from '../session/operations';
import { renderPage, type TestPerson } from '../testing/render';
import { useT } from '../i18n/use-t';
import { LanguageSwitch } from './LanguageSwitch';

function Greeting() {
  const t = useT();
  return (
    <>
      <h1>{t('seats.title')}</h1>
      <LanguageSwitch />
    </>
  );
}

/** The switch is usable once the session is known. */
async function languageSwitch(name: string): Promise<HTMLElement> {
  const select = await screen.findByRole('combobox', { name });
  await waitFor(() => expect(select).toBeEnabled());
  return select;
}

const CHAIR: TestPerson = {
  id: 'u-chair',
  displayName: 'Daniel Okafor',
  email: 'chair@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [],
};

describe('the language switch', () => {
  it("saves a signed-in person's choice to their profile and switches the page", async () => {
    let saved: unknown = null;
    renderPage(<Greeting />, {
      person: CHAIR,
      mocks: [
        {
          request: { query: UpdateMyLanguageMutation, variables: { language: 'ES' } },
          result: (variables: unknown) => {
            saved = variables;
            return {
              data: { updateMyProfile: { __typename: 'User', id: CHAIR.id, preferredLanguage: 'ES' } },
            };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Leadership team' })).toBeInTheDocument();
    await userEvent.setup().selectOptions(await languageSwitch('Language'), 'es');
    expect(await screen.findByRole('heading', { name: 'Equipo de liderazgo' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    expect(document.documentElement.lang).toBe('es-US');
    await waitFor(() => expect(saved).toEqual({ language: 'ES' }));
  });

  it('remembers the choice on this device for someone signed out', async () => {
    renderPage(<Greeting />, { person: null });
    await userEvent.setup().selectOptions(await languageSwitch('Language'), 'es');
    expect(await screen.findByRole('heading', { name: 'Equipo de liderazgo' })).toBeInTheDocument();
    expect(window.localStorage.getItem('braid.locale')).toBe('es');
  });

  it('puts the page back and says so when the profile cannot be saved', async () => {
    renderPage(<Greeting />, {
      person: CHAIR,
      mocks: [
        {
          request: { query: UpdateMyLanguageMutation, variables: { language: 'ES' } },
          result: {
            data: null,
            errors: [{ message: 'Braid is down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          },
        },
      ],
    });
    await userEvent.setup().selectOptions(await languageSwitch('Language'), 'es');
    expect(
      await screen.findByText('Your language could not be saved to your profile. Try again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close this message' })).toBeInTheDocument();
    // The optimistic switch is undone: the page is in the language the profile still has.
    expect(await screen.findByRole('heading', { name: 'Leadership team' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });
});
