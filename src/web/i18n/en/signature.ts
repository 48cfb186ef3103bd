/** The signature pad (forms' signature fields; e-signature). */
export const signatureMessages = {
  'signature.how': 'How to sign',
  'signature.type': 'Type my name',
  'signature.draw': 'Draw',
  'signature.typedLabel': 'Your full name',
  'signature.typedPlaceholder': 'Type your full name to sign',
  'signature.drawHere': 'Signature pad: draw your signature with a finger, pen or mouse',
  'signature.drawnLabel': 'Your drawn signature',
  'signature.clear': 'Clear',
} as const;
