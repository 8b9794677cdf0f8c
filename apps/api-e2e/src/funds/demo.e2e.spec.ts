import { DEMO_PASSWORD, DEMO_SLUG } from '@braid/api';
import { startTestApp, TestApp } from '../support/test-app';
import { expectLedgerConsistent } from './fund-fixtures';

describe('The demo story, as far as the Wellness Fund', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('funds-demo', { seedDemo: true });
  });
  afterAll(() => app.close());

  it('ends with two restricted and one unrestricted stream, and a three-tranche grant with tranche one released', async () => {
    const fundAdmin = await app
      .client('demo fund administrator')
      .signIn('funds@demo.braid.example', DEMO_PASSWORD);
    const { collaborativeBySlug } = await fundAdmin.data<{ collaborativeBySlug: { id: string } }>(
      `query ($slug: String!) { collaborativeBySlug(slug: $slug) { id } }`,
      { slug: DEMO_SLUG },
    );
    const { fundingStreams, grants } = await fundAdmin.data<{
      fundingStreams: {
        name: string;
        restricted: boolean;
        contributions: { status: string; received: { cents: string } }[];
      }[];
      grants: {
        nodes: {
          title: string;
          recipient: { name: string };
          disbursements: { sequence: number; status: string }[];
        }[];
      };
    }>(
      `query ($c: ID!) {
         fundingStreams(collaborativeId: $c) { name restricted contributions { status received { cents } } }
         grants(collaborativeId: $c) { nodes { title recipient { name } disbursements { sequence status } } } }`,
      { c: collaborativeBySlug.id },
    );
    expect(fundingStreams.map((stream) => stream.restricted).sort()).toEqual([false, true, true]);
    for (const stream of fundingStreams) {
      expect(stream.contributions.length).toBeGreaterThan(0);
      expect(stream.contributions.every((contribution) => contribution.status === 'PARTIALLY_RECEIVED')).toBe(
        true,
      );
    }
    expect(grants.nodes).toHaveLength(1);
    expect(grants.nodes[0].recipient.name).toBe('Stockton Trauma Recovery Center');
    expect(grants.nodes[0].disbursements.map((tranche) => tranche.status)).toEqual([
      'RELEASED',
      'SCHEDULED',
      'SCHEDULED',
    ]);
    await expectLedgerConsistent(app);
  });
});
