import type { messagingSettingsMessages as en } from '../en/messaging-settings.ts';

export const messagingSettingsMessages = {
  'messagingSettings.title': 'Correos de mensajes',
  'messagingSettings.hide': 'Ocultar el contenido de los mensajes en los correos electrónicos',
  'messagingSettings.hideHint':
    'Para despachos confidenciales: los correos solo dicen “Tiene un nuevo mensaje de …” y enlazan al portal.',
  'messagingSettings.grouping': 'Minutos entre correos sobre una misma conversación',
  'messagingSettings.groupingHint':
    'Los mensajes que llegan dentro de este tiempo se agrupan en un solo correo por persona.',
  'messagingSettings.inbound':
    'Las personas pueden responder por correo electrónico; las respuestas llegan a través de {domain}.',
  'messagingSettings.noInbound':
    'La respuesta por correo electrónico está desactivada (no hay ningún dominio de correo entrante configurado).',
  'messagingSettings.save': 'Guardar la configuración de correos de mensajes',
  'messagingSettings.saved': 'Configuración de correos de mensajes guardada',
} satisfies Record<keyof typeof en, string>;
