import type { DisbursementHoldFigure, NotificationFigures } from '@braid/contracts';
import type { Bilingual, Formats } from './wording';

/** Why a tranche is held, from the hold's figures, in the reader's language (never the API's English). */
function holdWords(hold: DisbursementHoldFigure, x: Formats, language: 'en' | 'es'): string {
  const period = `${x.date(hold.periodStart)} – ${x.date(hold.periodEnd)}`;
  if (hold.hold === 'REPORT_LATE')
    return language === 'es'
      ? `el informe del período ${period}, que vencía el ${x.date(hold.dueOn)}, no se ha enviado`
      : `the report for ${period}, due ${x.date(hold.dueOn)}, has not been submitted`;
  return language === 'es'
    ? `el informe del período ${period} tiene cambios solicitados`
    : `the report for ${period} has changes requested`;
}

type Funds = Pick<
  NotificationFigures,
  'GRANT_AWARDED' | 'TRANCHE_RELEASED' | 'TRANCHE_HELD' | 'PLEDGE_BEHIND' | 'STREAM_ENDING'
>;

export const fundsTemplates: { [K in keyof Funds]: Bilingual<Funds[K]> } = {
  GRANT_AWARDED: {
    en: (f, x) => ({
      headline: `Grant awarded: ${f.grantTitle}, ${x.money(f.amountCents, f.currency)}`,
      paragraphs: [`The ${f.grantTitle} grant of ${x.money(f.amountCents, f.currency)} has been awarded.`],
      action: 'See the grant',
    }),
    es: (f, x) => ({
      headline: `Subvención otorgada: ${f.grantTitle}, ${x.money(f.amountCents, f.currency)}`,
      paragraphs: [`Se otorgó la subvención ${f.grantTitle} por ${x.money(f.amountCents, f.currency)}.`],
      action: 'Ver la subvención',
    }),
  },
  TRANCHE_RELEASED: {
    en: (f, x) => ({
      headline: `${x.money(f.amountCents, f.currency)} released: ${f.grantTitle}`,
      paragraphs: [
        `A tranche of ${x.money(f.amountCents, f.currency)} of the ${f.grantTitle} grant has been released.`,
      ],
      action: 'See the grant',
    }),
    es: (f, x) => ({
      headline: `${x.money(f.amountCents, f.currency)} liberados: ${f.grantTitle}`,
      paragraphs: [
        `Se liberó un tramo de ${x.money(f.amountCents, f.currency)} de la subvención ${f.grantTitle}.`,
      ],
      action: 'Ver la subvención',
    }),
  },
  TRANCHE_HELD: {
    en: (f, x) => ({
      headline: `${x.money(f.amountCents, f.currency)} held: ${f.grantTitle}`,
      paragraphs: [
        `A tranche of ${x.money(f.amountCents, f.currency)} of the ${f.grantTitle} grant, planned for ${x.date(f.plannedOn)}, is held: ${x.list(f.holds.map((hold) => holdWords(hold, x, 'en')))}.`,
        'It can be released once the report is accepted.',
      ],
      action: 'See the grant',
    }),
    es: (f, x) => ({
      headline: `${x.money(f.amountCents, f.currency)} retenidos: ${f.grantTitle}`,
      paragraphs: [
        `Un tramo de ${x.money(f.amountCents, f.currency)} de la subvención ${f.grantTitle}, previsto para el ${x.date(f.plannedOn)}, está retenido: ${x.list(f.holds.map((hold) => holdWords(hold, x, 'es')))}.`,
        'Podrá liberarse cuando se acepte el informe.',
      ],
      action: 'Ver la subvención',
    }),
  },
  PLEDGE_BEHIND: {
    en: (f, x) => ({
      headline: `Pledge behind: ${f.contributorName}, ${f.streamName}`,
      paragraphs: [
        `As of ${x.date(f.asOf)}, ${f.contributorName} has paid ${x.money(f.receivedCents, f.currency)} of the ${x.money(f.expectedCents, f.currency)} expected on ${f.streamName}.`,
      ],
      action: 'See the contributions',
    }),
    es: (f, x) => ({
      headline: `Compromiso atrasado: ${f.contributorName}, ${f.streamName}`,
      paragraphs: [
        `Al ${x.date(f.asOf)}, ${f.contributorName} ha pagado ${x.money(f.receivedCents, f.currency)} de los ${x.money(f.expectedCents, f.currency)} esperados en ${f.streamName}.`,
      ],
      action: 'Ver las contribuciones',
    }),
  },
  STREAM_ENDING: {
    en: (f, x) => ({
      headline: `${f.streamName} ends in ${x.days(f.daysLeft)}`,
      paragraphs: [
        `The funding stream ${f.streamName} ends ${x.date(f.endsOn)}, in ${x.days(f.daysLeft)}; ${x.money(f.uncommittedCents, f.currency)} of it is not committed yet.`,
      ],
      action: 'See the stream',
    }),
    es: (f, x) => ({
      headline: `${f.streamName} termina en ${x.days(f.daysLeft)}`,
      paragraphs: [
        `La fuente de fondos ${f.streamName} termina el ${x.date(f.endsOn)}, en ${x.days(f.daysLeft)}; ${x.money(f.uncommittedCents, f.currency)} aún no están comprometidos.`,
      ],
      action: 'Ver la fuente de fondos',
    }),
  },
};
