import type { notificationsEn } from './notifications.en';

/** Las frases de la campana, la bandeja de avisos y cómo recibirlos. */
export const notificationsEs: Record<keyof typeof notificationsEn, string> = {
  'notifications.title': 'Avisos',
  'notifications.seeAll': 'Ver todos los avisos',
  'notifications.markAllRead': 'Marcar todo como leído',
  'notifications.allMarkedRead':
    '{count, plural, =0 {No había nada sin leer.} one {# aviso marcado como leído.} other {# avisos marcados como leídos.}}',
  'notifications.markRead': 'Marcar como leído',
  'notifications.markReadOf': 'Marcar como leído: «{headline}»',
  'notifications.unread': 'Sin leer',
  'notifications.none': 'Todavía no tiene avisos.',
  'notifications.noneUnread': 'Nada sin leer: está al día.',
  'notifications.unreadOnly': 'Solo sin leer',
  'notifications.more': 'Mostrar más avisos',

  'notifications.category.VOTES': 'Votaciones',
  'notifications.category.ACTION_ITEMS': 'Tareas',
  'notifications.category.MEETINGS': 'Reuniones',
  'notifications.category.MINUTES': 'Actas',
  'notifications.category.GRANTS': 'Subvenciones',
  'notifications.category.REPORTS': 'Informes',
  'notifications.category.FUNDS': 'Fondos',

  'notifications.preferences.email': 'Correo',
  'notifications.preferences.inApp': 'Mostrar en mi bandeja',
  'notifications.preferences.IMMEDIATELY': 'Al momento',
  'notifications.preferences.DAILY_DIGEST': 'En un resumen diario',
  'notifications.preferences.NEVER': 'Nunca',
  'notifications.preferences.save': 'Guardar cómo recibo los avisos',
  'notifications.preferences.saved': 'Guardado. Braid le avisará como eligió.',
};
