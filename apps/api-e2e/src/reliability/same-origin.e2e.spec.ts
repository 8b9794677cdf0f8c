import WebSocket from 'ws';
import { FundBuilder } from '../funds/fund-fixtures';
import { PDF, Report, requirementsOf, START } from '../reports/report-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';

const FOREIGN = 'https://evil.example';
const $ = (dollars: number) => BigInt(dollars) * 100n;

/**
 * Requests another site's page can make with a member's cookie, where Apollo's CSRF prevention
 * does not stand guard: the attachment upload (a multipart POST, which any page may send without
 * a preflight) and the subscriptions' websocket upgrade. Production mode, as deployed.
 */
describe('Same-origin rule for uploads and websocket upgrades', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let reportId: string;
  let ownOrigin: string;

  beforeAll(async () => {
    app = await startTestApp('same-origin', { production: true });
    ownOrigin = app.url;
    tenant = await createTenant(app, 'origin');
    const fund = new FundBuilder(app, tenant, { reportHolds: true });
    const stream = await fund.stream({ name: 'County', awardCents: $(100_000), pledgedCents: $(100_000) });
    await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(50_000) }],
      tranches: [$(50_000)],
      plannedOn: ['2026-05-01'],
    });
    const partner = tenant.clients.partnerA;
    const [requirement] = await requirementsOf(partner, tenant.collaborativeId);
    const { startGrantReport } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId: requirement.id,
    });
    reportId = startGrantReport.id;
  });
  afterAll(() => app.close());

  async function upload(name: string, origin: string | null) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), name);
    const response = await fetch(`${app.url}/api/grant-reports/${reportId}/attachments`, {
      method: 'POST',
      headers: {
        cookie: tenant.clients.partnerA.sessionCookie ?? '',
        ...(origin === null ? {} : { origin }),
      },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const storedNames = async (): Promise<string[]> =>
    (
      await app.dataSource.query(
        `SELECT file_name FROM report_attachment WHERE report_id = $1 ORDER BY file_name`,
        [reportId],
      )
    ).map((row: { file_name: string }) => row.file_name);

  it('refuses an attachment posted from another site’s page, storing nothing', async () => {
    for (const origin of [FOREIGN, 'null', `${ownOrigin}.evil.example`]) {
      expect(await upload('forged.pdf', origin)).toEqual({
        status: 403,
        body: { code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN', message: expect.any(String) },
      });
    }
    expect(await storedNames()).toEqual([]);
  });

  it('accepts the attachment from the site’s own page, and from a client that names no origin', async () => {
    expect((await upload('own page.pdf', ownOrigin)).status).toBe(201);
    expect((await upload('no origin.pdf', null)).status).toBe(201);
    expect(await storedNames()).toEqual(['no origin.pdf', 'own page.pdf']);
  });

  /** Opens a graphql-ws socket with the partner's cookie; resolves to the HTTP status or 'ack'. */
  function upgrade(origin: string | null): Promise<number | 'ack'> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: {
          cookie: tenant.clients.partnerA.sessionCookie ?? '',
          ...(origin === null ? {} : { origin }),
        },
      });
      socket.on('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        socket.terminate();
      });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (message) => {
        if ((JSON.parse(message.toString()) as { type: string }).type === 'connection_ack') resolve('ack');
        socket.close();
      });
      socket.on('error', (error) => {
        if (!/Unexpected server response/.test(error.message)) reject(error);
      });
    });
  }

  it('refuses a websocket upgrade from another site’s page before the socket opens', async () => {
    expect(await upgrade(FOREIGN)).toBe(403);
    expect(await upgrade('null')).toBe(403);
  });

  it('opens subscriptions for the site’s own page and for a client that names no origin', async () => {
    expect(await upgrade(ownOrigin)).toBe('ack');
    expect(await upgrade(null)).toBe('ack');
  });
});
