import type { signatureMessages as en } from '../en/signature.ts';

/** The signature pad (forms' signature fields; e-signature). */
export const signatureMessages = {
  'signature.how': 'Cómo firmar',
  'signature.type': 'Escribir mi nombre',
  'signature.draw': 'Dibujar',
  'signature.typedLabel': 'Su nombre completo',
  'signature.typedPlaceholder': 'Escriba su nombre completo para firmar',
  'signature.drawHere': 'Panel de firma: dibuje su firma con el dedo, un lápiz o el ratón',
  'signature.drawnLabel': 'Su firma dibujada',
  'signature.clear': 'Borrar',
} satisfies Record<keyof typeof en, string>;
