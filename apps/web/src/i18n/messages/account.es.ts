import { calendarEs } from './calendar.es';
import type { accountEn } from './account.en';

/** Spanish strings of the account page: exactly the ids of account.en.ts (the typecheck fails otherwise). */
export const accountEs: Record<keyof typeof accountEn, string> = {
  ...calendarEs,
  'account.title': 'Mi cuenta',
  'account.profile': 'Perfil',
  'account.name': 'Su nombre',
  'account.email': 'Correo electrónico',
  'account.emailHint': 'Usted inicia sesión con esta dirección. No se puede cambiar aquí.',
  'account.language': 'Idioma para Braid',
  'account.saveProfile': 'Guardar perfil',
  'account.profileSaved': 'Se guardó su perfil.',

  'account.password': 'Cambiar su contraseña',
  'account.passwordExplain':
    'Al cambiar su contraseña, se cerrará la sesión en cualquier otro navegador o dispositivo donde haya iniciado sesión, y allí tendrá que iniciar sesión de nuevo con la contraseña nueva. Aquí su sesión sigue abierta.',
  'account.currentPassword': 'Contraseña actual',
  'account.newPassword': 'Contraseña nueva',
  'account.newPasswordHint': 'Al menos 10 caracteres y como máximo 200.',
  'account.confirmPassword': 'Escriba otra vez la contraseña nueva',
  'account.changePassword': 'Cambiar contraseña',
  'account.passwordChanged': 'Se cambió su contraseña.',
  'account.passwordChangedExplain':
    'Se cerró la sesión en cualquier otro navegador o dispositivo donde había iniciado sesión. Use la contraseña nueva la próxima vez que inicie sesión.',
};
