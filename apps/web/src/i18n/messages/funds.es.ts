import type { fundsEn } from './funds.en';

/** Spanish strings of the funds screens: exactly the ids of funds.en.ts (the typecheck fails otherwise). */
export const fundsEs: Record<keyof typeof fundsEn, string> = {
  'funds.nav.budget': 'Presupuesto',

  'funds.money.required': 'Escriba una cantidad.',
  'funds.money.invalid': 'Escriba una cantidad en dólares, como 1,250.50.',
  'funds.money.decimals': 'Use como máximo dos decimales (centavos).',
  'funds.money.positive': 'Escriba una cantidad mayor que cero.',
  'funds.money.tooLarge': 'Esta cantidad es demasiado grande.',

  'funds.figure.pledged': 'Prometido',
  'funds.figure.pledgedHint': 'Prometido por los financiadores, menos lo cancelado.',
  'funds.figure.received': 'Recibido',
  'funds.figure.receivedHint': 'Dinero que ya llegó de los financiadores.',
  'funds.figure.committed': 'Asignado',
  'funds.figure.committedHint': 'Otorgado a subvenciones, incluido lo ya pagado.',
  'funds.figure.disbursed': 'Desembolsado',
  'funds.figure.disbursedHint': 'Entregado a las organizaciones financiadas.',
  'funds.figure.cashOnHand': 'Efectivo disponible',
  'funds.figure.cashOnHandHint': 'Recibido y aún no desembolsado: lo que pueden usar los desembolsos.',
  'funds.figure.available': 'Disponible para asignar',
  'funds.figure.availableHint': 'Prometido y aún no otorgado: lo que pueden usar nuevas subvenciones.',
  'funds.figure.awarded': 'Otorgado',
  'funds.figure.remaining': 'Por desembolsar',

  'funds.balances.title': 'Fondo de Bienestar',
  'funds.balances.loading': 'Cargando los saldos del fondo…',
  'funds.balances.empty': 'El Fondo de Bienestar todavía no tiene fuentes de financiamiento.',
  'funds.balances.seeBudget': 'Ver el presupuesto por fuente y subvención',

  'funds.budget.title': 'Presupuesto',
  'funds.budget.loading': 'Cargando el presupuesto…',
  'funds.budget.empty': 'El Fondo de Bienestar todavía no tiene fuentes de financiamiento.',
  'funds.budget.addStream': 'Agregar una fuente de financiamiento',
  'funds.budget.totals': 'El fondo',
  'funds.budget.streams': 'Fuentes de financiamiento',
  'funds.budget.noStreams': 'Todavía no hay fuentes de financiamiento.',
  'funds.budget.streamsChart': 'Recibido, asignado y desembolsado, por fuente de financiamiento',
  'funds.budget.streamsTable': 'Fuentes de financiamiento y sus saldos',
  'funds.budget.grants': 'Subvenciones',
  'funds.budget.grantsChart': 'Desembolsado y por desembolsar, por subvención',
  'funds.budget.grantsTable': 'Subvenciones y sus saldos',

  'funds.export.budget': 'Descargar el presupuesto (CSV)',
  'funds.export.ledger': 'Descargar el libro mayor (CSV)',

  'funds.stream.name': 'Fuente de financiamiento',
  'funds.stream.restrictedTo': 'Restringida a: {purposes}',
  'funds.stream.unrestricted': 'Sin restricciones',

  'funds.kind.COUNTY': 'Condado',
  'funds.kind.FEDERAL': 'Gobierno federal',
  'funds.kind.FOUNDATION': 'Fundación',
  'funds.kind.HEALTH_PLAN': 'Plan de salud',
  'funds.kind.HOSPITAL_COMMUNITY_BENEFIT': 'Beneficio comunitario hospitalario',
  'funds.kind.OTHER': 'Otra',
  'funds.kind.STATE': 'Estado',

  'funds.grant.title': 'Subvención',
  'funds.grants.empty': 'Todavía no hay subvenciones.',
};
