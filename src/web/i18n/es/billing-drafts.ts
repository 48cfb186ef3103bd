import type { billingDraftMessages as english } from '../en/billing-drafts.ts';

export const billingDraftMessages = {
  'billing.edit.open': 'Editar',
  'billing.edit.title': 'Editar: {document}',
  'billing.edit.save': 'Guardar cambios',
  'billing.edit.saved': 'Borrador guardado.',
  'billing.edit.cancel': 'Cancelar',
  'billing.edit.back': 'Volver al documento',
  'billing.edit.notEditable':
    'Este documento no se puede cambiar: solo los propietarios y administradores editan borradores, y un documento enviado queda tal como se envió.',
  'billing.edit.stale':
    'Alguien guardó este borrador en otra ventana mientras lo editaba. Sus cambios aquí no se guardaron: cargue la versión más reciente y vuelva a hacerlos.',
  'billing.edit.reload': 'Cargar la versión más reciente',
  'billing.edit.product': 'Producto o servicio del catálogo',
  'billing.edit.freeText': 'Ninguno: escribir la línea',
  'billing.edit.lineDiscount': 'Descuento de la línea',
  'billing.edit.documentDiscount': 'Descuento sobre todo el documento',
  'billing.edit.discountUnit': '{field} en',
  'billing.edit.moreTax': 'Impuesto {number}',
  'billing.edit.archivedTax': 'Un tipo que ya no se ofrece: elija otro',
  'billing.edit.selected': 'Marcada al principio (en el total hasta que el cliente la desmarque)',
  'billing.edit.dueDate': 'Fecha de vencimiento (opcional)',
  'billing.edit.dueDateHint': 'Vacía: las condiciones de pago la fijan al enviar la factura.',
  'billing.coverNote': 'Carta de presentación',
  'billing.terms': 'Condiciones',
  'billing.edit.coverNote': 'Carta de presentación',
  'billing.edit.coverNoteHint':
    'La carta inicial sobre las líneas, en la página del presupuesto y en el PDF; su primer párrafo abre el correo. Solo texto.',
  'billing.edit.termsHint':
    'Vacías: se aplican las condiciones predeterminadas de la configuración de facturación, si las hay.',
  'billing.edit.badQuantity': 'Introduzca una cantidad mayor que 0 con 3 decimales como máximo.',
  'billing.edit.badPercent': 'Introduzca un porcentaje de 0 a 100.',
  'billing.edit.preview': 'Vista previa de los totales',
  'billing.edit.previewSubtotal': 'Subtotal',
  'billing.edit.previewDiscount': 'Descuentos',
  'billing.edit.previewTax': 'Impuestos',
  'billing.edit.previewTotal': 'Total',
  'billing.edit.computedOnSave':
    'Se calcula al guardar: complete todas las cantidades y precios para ver una vista previa.',
  'billing.edit.previewHint':
    'Los documentos guardados muestran los importes que calcula el servidor, con la misma regla de redondeo.',
} satisfies Record<keyof typeof english, string>;
