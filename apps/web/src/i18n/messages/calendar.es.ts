import type { calendarEn } from './calendar.en';

/** Spanish strings of calendar feeds: exactly the ids of calendar.en.ts (the typecheck fails otherwise). */
export const calendarEs: Record<keyof typeof calendarEn, string> = {
  'calendar.feed.title': 'Calendario suscrito',
  'calendar.feed.explain':
    'Suscríbase a su calendario de Braid en Google Calendar, Calendario de Apple u Outlook: las reuniones a las que se le espera, las fechas límite de sus tareas y, para los socios financiados, cuándo vencen los informes. Su aplicación de calendario busca los cambios por sí sola.',
  'calendar.feed.none': 'No tiene un calendario suscrito.',
  'calendar.feed.active': 'Su calendario suscrito está activo. Su dirección se creó el {date}.',
  'calendar.feed.create': 'Crear mi calendario suscrito',
  'calendar.feed.regenerate': 'Obtener una dirección nueva',
  'calendar.feed.revoke': 'Desactivar el calendario',
  'calendar.feed.issuedTitle': 'La dirección de su calendario suscrito',
  'calendar.feed.issuedExplain':
    'Cópiela ahora: por su seguridad solo se muestra esta vez. Cualquiera que tenga esta dirección puede ver su calendario, así que no la comparta.',
  'calendar.feed.url': 'Dirección del calendario suscrito',
  'calendar.feed.copy': 'Copiar la dirección',
  'calendar.feed.copied': 'Copiada',
  'calendar.feed.howTo': 'Cómo suscribirse',
  'calendar.feed.google':
    'Google Calendar (en una computadora): junto a "Otros calendarios", elija el signo más, luego "Desde URL", pegue la dirección y elija "Añadir calendario".',
  'calendar.feed.apple':
    'Calendario de Apple: en una Mac elija Archivo y luego "Nueva suscripción de calendario", y pegue la dirección; en un iPhone vaya a Ajustes, Calendario, Cuentas, "Añadir cuenta", Otra, "Añadir calendario suscrito".',
  'calendar.feed.outlook':
    'Outlook: en el calendario elija "Agregar calendario", luego "Suscribirse desde la web", pegue la dirección y elija Importar.',
  'calendar.feed.regenerateTitle': '¿Obtener una dirección nueva?',
  'calendar.feed.regenerateExplain':
    'La dirección actual deja de funcionar de inmediato: los calendarios suscritos a ella dejan de actualizarse. Tendrá que suscribirse de nuevo con la dirección nueva.',
  'calendar.feed.revokeTitle': '¿Desactivar su calendario suscrito?',
  'calendar.feed.revokeExplain':
    'La dirección deja de funcionar de inmediato: los calendarios suscritos a ella dejan de actualizarse. Puede crear uno nuevo más adelante.',
  'calendar.feed.revoked': 'Su calendario suscrito está desactivado.',
  'calendar.feed.cancel': 'Conservarlo',
};
