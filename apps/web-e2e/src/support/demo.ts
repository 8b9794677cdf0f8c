/**
 * The demo people these tests sign in as (apps/api/src/demo/demo-cast.ts writes them when the API
 * starts with BRAID_DEMO=true). Repeated here rather than imported: importing the API's sources
 * would load NestJS into the browser tests.
 */
export const DEMO_PASSWORD = 'braid-demo-2026';
export const COLLABORATIVE = 'Healing South Stockton';
/** Its public address: /public/<slug>. */
export const DEMO_SLUG = 'healing-south-stockton';

export const DEMO = {
  admin: { email: 'admin@demo.braid.example', name: 'Maya Johnson' },
  chair: { email: 'chair@demo.braid.example', name: 'Daniel Okafor' },
  resident: { email: 'resident@demo.braid.example', name: 'Gloria Hernández' },
  kaiser: { email: 'kaiser@demo.braid.example', name: 'Robert Kim' },
  partner: { email: 'partner@demo.braid.example', name: 'Carmen Díaz' },
  lead: { email: 'lead@demo.braid.example', name: 'Marcus Bell' },
  fundAdmin: { email: 'funds@demo.braid.example', name: 'Linh Tran' },
  observer: { email: 'observer@demo.braid.example', name: 'Olivia Grant' },
} as const;
