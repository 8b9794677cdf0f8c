import type { passwordResetEn } from './password-reset.en';

/** Spanish strings of "¿Olvidó su contraseña?" and the reset page; merged into es.ts. */
export const passwordResetEs: Record<keyof typeof passwordResetEn, string> = {
  'signIn.forgot': '¿Olvidó su contraseña?',
  'forgot.title': 'Restablecer la contraseña',
  'forgot.explain':
    'Escriba el correo con el que inicia sesión. Si tiene una cuenta de Braid, le enviaremos un enlace para elegir una contraseña nueva.',
  'forgot.email': 'Correo electrónico',
  'forgot.submit': 'Envíenme un enlace',
  'forgot.sentTitle': 'Revise su correo',
  'forgot.sent':
    'Si existe una cuenta para {email}, le enviamos un enlace para elegir una contraseña nueva. El enlace sirve una vez, durante 30 minutos. ¿No llegó nada? Busque en la carpeta de correo no deseado o pídalo de nuevo.',
  'forgot.again': 'Usar otra dirección',
  'forgot.tooMany':
    'Demasiadas solicitudes para restablecer la contraseña. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
  'forgot.backToSignIn': 'Volver a iniciar sesión',
  'reset.title': 'Elija una contraseña nueva',
  'reset.explain':
    'Elija una contraseña nueva para su cuenta de Braid. Se cerrará la sesión en todos los dispositivos; después inicie sesión con la contraseña nueva.',
  'reset.newPassword': 'Contraseña nueva',
  'reset.newPasswordHint': 'Al menos 10 caracteres y como máximo 200.',
  'reset.confirmPassword': 'Escriba de nuevo la contraseña nueva',
  'reset.submit': 'Guardar la contraseña nueva',
  'reset.invalid': 'Este enlace ya no sirve: ya se usó, se envió uno más reciente o venció. Pida uno nuevo.',
  'reset.askAgain': 'Pedir un enlace nuevo',
  'reset.doneTitle': 'Su contraseña cambió',
  'reset.done': 'Se cerró la sesión en todos los dispositivos. Inicie sesión con su contraseña nueva.',
  'reset.signIn': 'Iniciar sesión',
};
