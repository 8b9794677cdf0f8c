import type { NotificationFigures } from '@braid/contracts';
import type { Bilingual, Formats } from './wording';

type Reports = Pick<
  NotificationFigures,
  'REPORT_DUE_SOON' | 'REPORT_LATE' | 'REPORT_LATE_FOR_FUND' | 'REPORT_CHANGES_REQUESTED' | 'REPORT_ACCEPTED'
>;

function held(f: NotificationFigures['REPORT_LATE'], x: Formats): string | null {
  return f.heldCents !== null && f.currency !== null ? x.money(f.heldCents, f.currency) : null;
}

export const reportsTemplates: { [K in keyof Reports]: Bilingual<Reports[K]> } = {
  REPORT_DUE_SOON: {
    en: (f, x) => ({
      headline: `Report due in ${x.days(f.daysLeft)}: ${f.grantTitle}`,
      paragraphs: [
        `The report of the ${f.grantTitle} grant for ${x.date(f.periodStart)} to ${x.date(f.periodEnd)} is due ${x.date(f.dueOn)}, in ${x.days(f.daysLeft)}.`,
      ],
      action: 'Write the report',
    }),
    es: (f, x) => ({
      headline: `Informe en ${x.days(f.daysLeft)}: ${f.grantTitle}`,
      paragraphs: [
        `El informe de la subvención ${f.grantTitle} del ${x.date(f.periodStart)} al ${x.date(f.periodEnd)} vence el ${x.date(f.dueOn)}, en ${x.days(f.daysLeft)}.`,
      ],
      action: 'Escribir el informe',
    }),
  },
  REPORT_LATE: {
    en: (f, x) => {
      const amount = held(f, x);
      return {
        headline: `Report ${x.days(f.daysLate)} late: ${f.grantTitle}`,
        paragraphs: [
          `The report of the ${f.grantTitle} grant is ${x.days(f.daysLate)} late (it was due ${x.date(f.dueOn)})${amount ? `; ${amount} is held until it is accepted` : ''}.`,
        ],
        action: 'Submit the report',
      };
    },
    es: (f, x) => {
      const amount = held(f, x);
      return {
        headline: `Informe con ${x.days(f.daysLate)} de atraso: ${f.grantTitle}`,
        paragraphs: [
          `El informe de la subvención ${f.grantTitle} lleva ${x.days(f.daysLate)} de atraso (vencía el ${x.date(f.dueOn)})${amount ? `; se retienen ${amount} hasta que sea aceptado` : ''}.`,
        ],
        action: 'Enviar el informe',
      };
    },
  },
  REPORT_LATE_FOR_FUND: {
    en: (f, x) => ({
      headline: `Late report: ${f.organizationName}, ${f.grantTitle}`,
      paragraphs: [
        `${f.organizationName} has not submitted the report of the ${f.grantTitle} grant, due ${x.date(f.dueOn)}: it is ${x.days(f.daysLate)} late.`,
      ],
      action: 'See the grant’s reports',
    }),
    es: (f, x) => ({
      headline: `Informe atrasado: ${f.organizationName}, ${f.grantTitle}`,
      paragraphs: [
        `${f.organizationName} no ha enviado el informe de la subvención ${f.grantTitle}, que vencía el ${x.date(f.dueOn)}: lleva ${x.days(f.daysLate)} de atraso.`,
      ],
      action: 'Ver los informes de la subvención',
    }),
  },
  REPORT_CHANGES_REQUESTED: {
    en: (f, x) => ({
      headline: `Changes requested: ${f.grantTitle} report`,
      paragraphs: [
        `The fund’s staff asked for changes to the report of the ${f.grantTitle} grant for the period ending ${x.date(f.periodEnd)}.`,
        `Their note: ${f.note}`,
      ],
      action: 'Revise the report',
    }),
    es: (f, x) => ({
      headline: `Cambios pedidos: informe de ${f.grantTitle}`,
      paragraphs: [
        `El personal del fondo pidió cambios en el informe de la subvención ${f.grantTitle} del período que termina el ${x.date(f.periodEnd)}.`,
        `Su nota: ${f.note}`,
      ],
      action: 'Revisar el informe',
    }),
  },
  REPORT_ACCEPTED: {
    en: (f, x) => ({
      headline: `Report accepted: ${f.grantTitle}`,
      paragraphs: [
        `The report of the ${f.grantTitle} grant for the period ending ${x.date(f.periodEnd)} has been accepted.`,
      ],
      action: 'See the report',
    }),
    es: (f, x) => ({
      headline: `Informe aceptado: ${f.grantTitle}`,
      paragraphs: [
        `Se aceptó el informe de la subvención ${f.grantTitle} del período que termina el ${x.date(f.periodEnd)}.`,
      ],
      action: 'Ver el informe',
    }),
  },
};
