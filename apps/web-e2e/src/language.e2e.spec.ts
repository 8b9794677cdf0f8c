import { COLLABORATIVE, DEMO, DEMO_SLUG } from './support/demo';
import { PHONE, screenshot, useBrowser } from './support/browser';
import { signIn } from './support/sign-in';

describe('language', () => {
  const { newPage } = useBrowser();

  it('shows the Spanish-speaking resident everything in Spanish', async () => {
    // Her phone is set to English: her profile decides.
    const page = await newPage({ locale: 'en-US' });
    await signIn(page, DEMO.resident.email);
    await page.getByRole('heading', { level: 2, name: 'Equipo de liderazgo' }).waitFor();
    // The set-up story (same database) may have added a vacant seat to the demo's nine filled ones.
    expect(await page.getByText(/^\d+ puestos, (todos ocupados|\d+ vacantes?)$/).count()).toBe(1);
    expect(await page.getByText('Sus funciones:').count()).toBe(1);
    // The members list is its own query: wait for it rather than count what has not arrived yet.
    const nameHeader = page
      .getByRole('region', { name: 'Miembros' })
      .getByRole('columnheader', { name: 'Nombre' });
    await nameHeader.waitFor();
    expect(await nameHeader.count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-US');
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
    await screenshot(page, 'collaborative-resident-es');
  });

  it('shows the resident the outcomes in Spanish', async () => {
    const page = await newPage({ viewport: PHONE });
    await signIn(page, DEMO.resident.email);
    await page.getByTestId('nav-outcomes').click();
    await page.getByRole('heading', { level: 1, name: 'Resultados' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Por financiador' }).waitFor();
    await page.getByTestId('outcomes-table').first().getByRole('columnheader', { name: 'Meta' }).waitFor();
    await screenshot(page, 'outcomes-resident-es');
  });

  it("follows a signed-out person's browser language, and their choice", async () => {
    const page = await newPage({ locale: 'es-MX' });
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it("switches a member's language from any page and keeps it in their profile", async () => {
    const page = await newPage();
    await signIn(page, DEMO.kaiser.email);
    await page.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'Equipo de liderazgo' }).waitFor();

    // Another device: the profile, not this browser's storage, brings Spanish back.
    const elsewhere = await newPage({ locale: 'en-US' });
    await signIn(elsewhere, DEMO.kaiser.email);
    await elsewhere.getByRole('heading', { level: 2, name: 'Equipo de liderazgo' }).waitFor();

    await elsewhere.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await elsewhere.getByRole('heading', { level: 2, name: 'Leadership team' }).waitFor();
    await screenshot(elsewhere, 'collaborative-language-switched-back');
  });

  it('shows the resident the governance pages in Spanish, on a 360 px phone', async () => {
    const page = await newPage({ viewport: PHONE });
    await signIn(page, DEMO.resident.email);
    const agenda = page.getByRole('region', { name: 'Votaciones y reuniones' });
    await agenda.getByRole('heading', { name: 'Abiertas a votación' }).waitFor();
    await agenda
      .getByRole('link', { name: /trust builders/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Cómo votó cada puesto' }).waitFor();
    await page.getByRole('region', { name: 'Por Resident seat 1' }).getByText('Su voto: A favor.').waitFor();
    expect(await page.getByTestId('motion-status').innerText()).toBe('Votación abierta');
    await screenshot(page, 'governance-motion-es-phone');

    await page.getByTestId('nav-meetings').click();
    await page.getByRole('heading', { level: 1, name: 'Reuniones' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Próximas' }).waitFor();
    await screenshot(page, 'governance-meetings-es-phone');

    await page.getByTestId('nav-workgroups').click();
    // Wait for the workgroups page itself: the meetings page still shown has links with the same words.
    await page.getByRole('heading', { level: 1, name: 'Grupos de trabajo' }).waitFor();
    await page.getByRole('link', { name: 'Trauma-Informed Care', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Tareas' }).waitFor();
    await page.getByTestId('action-item').first().waitFor();
    // The blocked item is listed first, its status in Spanish.
    expect(await page.getByTestId('action-item-status').first().innerText()).toBe('Bloqueada');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'governance-workgroup-es-phone');
  });

  it('shows the fund and the public page in Spanish, money and dates per locale, on a 360 px phone', async () => {
    const page = await newPage({ locale: 'en-US', viewport: PHONE });
    await signIn(page, DEMO.resident.email);
    await page.getByTestId('nav-funds-budget').click();
    await page.getByRole('heading', { level: 1, name: 'Presupuesto' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Fuentes de financiamiento' }).waitFor();
    expect(await page.getByTestId('budget-totals').getByText('Efectivo disponible').count()).toBe(1);
    await page.getByTestId('nav-funds-grants').click();
    await page.getByRole('heading', { level: 1, name: 'Subvenciones' }).waitFor();
    // Dates in Spanish ("1 sept 2026"), not "Sep 1, 2026".
    const period = await page.getByTestId('grants-table').locator('tbody tr td').first().innerText();
    expect(period).toMatch(/^Del \d{1,2} [a-z]+\.? \d{4} al \d{1,2} [a-z]+\.? \d{4}$/);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'funds-grants-es-phone');

    const visitor = await newPage({ locale: 'es-MX', viewport: PHONE });
    await visitor.goto(`/public/${DEMO_SLUG}`);
    await visitor.getByRole('heading', { level: 2, name: 'Decisiones' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: 'De dónde viene el dinero' }).waitFor();
    expect(await visitor.getByText('Aprobada', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(visitor, 'public-es-phone');
  });
});
