import { useEffect, useId, useRef, useState } from 'react';
import SignaturePadLibrary from 'signature_pad';
import { t } from '../i18n/index.ts';

/** What a signature field holds: a typed full name, or a drawing as a PNG data URL (the contract's `Signature`). */
export type SignatureValue = { kind: 'typed'; name: string } | { kind: 'drawn'; image: string } | null;

interface Props {
  value: SignatureValue;
  onChange: (value: SignatureValue) => void;
  /** The id of the typed input, for an outer <label>. */
  inputId?: string;
  invalid?: boolean;
  describedBy?: string;
}

/** The drawing is kept under the contract's 200 kB cap: a pad this size with pen strokes stays far below it. */
const PAD_HEIGHT = 160;

/**
 * A signature: typed (the accessible default, usable by keyboard and screen reader) or drawn with a finger, pen or
 * mouse. Drawing uses szimek's signature_pad (smooth strokes, touch and pointer events) rather than our own canvas
 * code. The pad is white "paper" with dark ink in both colour schemes, so the stored image reads the same on a PDF.
 */
export function SignaturePad({ value, onChange, inputId, invalid, describedBy }: Props) {
  const [mode, setMode] = useState<'typed' | 'drawn'>(value?.kind === 'drawn' ? 'drawn' : 'typed');
  const name = useId();
  return (
    <div className="signature-pad stack">
      <div role="radiogroup" aria-label={t('signature.how')} className="radio-group signature-modes">
        {(['typed', 'drawn'] as const).map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={name}
              checked={mode === option}
              onChange={() => {
                setMode(option);
                onChange(null);
              }}
            />
            <span>{t(option === 'typed' ? 'signature.type' : 'signature.draw')}</span>
          </label>
        ))}
      </div>
      {mode === 'typed' ? (
        <input
          id={inputId}
          // Without an outer <label> (inputId), the field names itself.
          aria-label={inputId ? undefined : t('signature.typedLabel')}
          placeholder={t('signature.typedPlaceholder')}
          className="signature-typed"
          autoComplete="name"
          value={value?.kind === 'typed' ? value.name : ''}
          onChange={(event) => onChange(event.target.value ? { kind: 'typed', name: event.target.value } : null)}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
        />
      ) : (
        <DrawingPad onChange={onChange} describedBy={describedBy} hasDrawing={value?.kind === 'drawn'} />
      )}
    </div>
  );
}

function DrawingPad({
  onChange,
  describedBy,
  hasDrawing,
}: {
  onChange: (value: SignatureValue) => void;
  describedBy?: string;
  hasDrawing: boolean;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLibrary | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const canvas = canvasRef.current!;
    // The canvas is drawn at the screen's pixel ratio so strokes stay sharp on high-density screens.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = PAD_HEIGHT * ratio;
    canvas.getContext('2d')!.scale(ratio, ratio);
    const pad = new SignaturePadLibrary(canvas, { penColor: '#111827', backgroundColor: 'rgba(0,0,0,0)' });
    pad.addEventListener('endStroke', () => {
      onChangeRef.current(pad.isEmpty() ? null : { kind: 'drawn', image: pad.toDataURL('image/png') });
    });
    padRef.current = pad;
    return () => pad.off();
  }, []);

  return (
    <div className="stack">
      <canvas
        ref={canvasRef}
        className="signature-canvas"
        style={{ height: PAD_HEIGHT }}
        role="img"
        aria-label={t(hasDrawing ? 'signature.drawnLabel' : 'signature.drawHere')}
        aria-describedby={describedBy}
        data-testid="signature-canvas"
      />
      <button
        type="button"
        className="btn btn--secondary btn--small"
        onClick={() => {
          padRef.current?.clear();
          onChange(null);
        }}
      >
        {t('signature.clear')}
      </button>
    </div>
  );
}
