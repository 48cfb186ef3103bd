import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { SignatureFieldKind } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { SelectField } from '../../ui/Field.tsx';
import { PdfPages } from './PdfPages.tsx';
import { PlacedFieldList } from './PlacedFieldList.tsx';
import { FIELD_KINDS, clampBox, newPlacedField, type PlacedField } from './placement.ts';

export interface PlacerSigner {
  id: string;
  name: string;
}

/** One arrow press moves or resizes by 1% of the page; with Alt, by 0.2% (fine), so any spot is reachable. */
const stepOf = (event: KeyboardEvent) => (event.altKey ? 0.002 : 0.01);

interface Gesture {
  key: string;
  mode: 'move' | 'resize';
  startX: number;
  startY: number;
  start: PlacedField;
  rect: DOMRect;
}

/**
 * Staff place the signers' fields on the rendered pages: drag a kind from the palette onto a page (or press it: the
 * field lands on the chosen page), drag a placed field to move it, its corner to resize it. By keyboard, a placed
 * field moves with the arrow keys, resizes with Shift+arrows, and Delete removes it; the list below the pages offers
 * the same. Positions are fractions of the page from its top left corner, as the server takes them.
 */
export function FieldPlacer({
  url,
  body,
  signers,
  fields,
  onChange,
}: {
  url: string;
  body: string;
  signers: PlacerSigner[];
  fields: PlacedField[];
  onChange: (next: PlacedField[]) => void;
}) {
  const [pageCount, setPageCount] = useState(0);
  const [page, setPage] = useState(1);
  const [signerId, setSignerId] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const gesture = useRef<Gesture | null>(null);
  const current = signers.some((signer) => signer.id === signerId) ? signerId : (signers[0]?.id ?? '');
  const indexOf = (id: string) => signers.findIndex((signer) => signer.id === id);
  const nameOf = (id: string) => signers.find((signer) => signer.id === id)?.name ?? '';
  const update = (key: string, change: (field: PlacedField) => PlacedField) =>
    onChange(fields.map((field) => (field.key === key ? clampBox(change(field)) : field)));
  const remove = (key: string) => onChange(fields.filter((field) => field.key !== key));
  const add = (kind: SignatureFieldKind, onPage: number, x?: number, y?: number) => {
    if (!current) return;
    // Pressed (no drop point): below the fields already on that page, so new ones do not pile up.
    const offset = fields.filter((field) => field.page === onPage).length * 0.06;
    const field = newPlacedField(kind, current, onPage, x ?? 0.1, y ?? Math.min(0.1 + offset, 0.9));
    onChange([...fields, field]);
    setSelected(field.key);
  };

  /**
   * Dragging a kind from the palette with pointer events (mouse, pen and touch alike; HTML drag and drop has no
   * touch): released over a page, the field lands there with its top left corner under the pointer.
   */
  function onPalettePointerDown(event: PointerEvent<HTMLButtonElement>, kind: SignatureFieldKind) {
    if (event.button !== 0 || !current) return;
    const start = { x: event.clientX, y: event.clientY };
    const move = (moved: globalThis.PointerEvent) => {
      if (Math.hypot(moved.clientX - start.x, moved.clientY - start.y) > 4)
        document.body.classList.add('placing-field');
    };
    const up = (released: globalThis.PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      document.body.classList.remove('placing-field');
      const layer = document
        .elementsFromPoint(released.clientX, released.clientY)
        .find((element) => element.classList.contains('field-layer'));
      const onPage = Number(layer?.getAttribute('data-page'));
      if (!layer || !onPage) return;
      const rect = layer.getBoundingClientRect();
      add(kind, onPage, (released.clientX - rect.left) / rect.width, (released.clientY - rect.top) / rect.height);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }
  function onPointerDown(event: PointerEvent<HTMLElement>, field: PlacedField, mode: Gesture['mode']) {
    if (event.button !== 0) return;
    event.stopPropagation();
    const layer = (event.currentTarget as HTMLElement).closest('.field-layer');
    if (!layer) return;
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    const rect = layer.getBoundingClientRect();
    gesture.current = { key: field.key, mode, startX: event.clientX, startY: event.clientY, start: field, rect };
    setSelected(field.key);
  }
  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const active = gesture.current;
    if (!active) return;
    const dx = (event.clientX - active.startX) / active.rect.width;
    const dy = (event.clientY - active.startY) / active.rect.height;
    const { start } = active;
    update(active.key, (field) =>
      active.mode === 'move'
        ? { ...field, x: start.x + dx, y: start.y + dy }
        : { ...field, width: start.width + dx, height: start.height + dy },
    );
  }
  const endGesture = () => {
    gesture.current = null;
  };
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, field: PlacedField) {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(field.key);
      return;
    }
    const delta = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!delta) return;
    event.preventDefault();
    const [dx, dy] = delta.map((unit) => unit * stepOf(event)) as [number, number];
    update(field.key, (f) =>
      event.shiftKey ? { ...f, width: f.width + dx, height: f.height + dy } : { ...f, x: f.x + dx, y: f.y + dy },
    );
  }

  const overlay = (number: number) => (
    <div className="field-layer" data-page={number}>
      {fields
        .filter((field) => field.page === number)
        .map((field) => (
          <button
            key={field.key}
            type="button"
            className={`placed-field placed-field--c${indexOf(field.signerId) % 4}${selected === field.key ? ' is-selected' : ''}`}
            style={{
              left: `${field.x * 100}%`,
              top: `${field.y * 100}%`,
              width: `${field.width * 100}%`,
              height: `${field.height * 100}%`,
            }}
            aria-label={t('signatures.place.fieldLabel', {
              kind: t(`signatures.field.${field.kind}`),
              name: nameOf(field.signerId),
              page: field.page,
            })}
            aria-describedby="field-placer-keys"
            data-field-kind={field.kind}
            onFocus={() => setSelected(field.key)}
            onKeyDown={(event) => onKeyDown(event, field)}
            onPointerDown={(event) => onPointerDown(event, field, 'move')}
            onPointerMove={onPointerMove}
            onPointerUp={endGesture}
            onPointerCancel={endGesture}
          >
            {/* The visible text is the start of the accessible name (which adds the page), as axe asks. */}
            <span className="placed-field__text">
              {t('signatures.place.fieldShort', {
                kind: t(`signatures.field.${field.kind}`),
                name: nameOf(field.signerId),
              })}
            </span>
            <span
              className="placed-field__resize"
              data-testid="resize-handle"
              onPointerDown={(event) => onPointerDown(event, field, 'resize')}
              onPointerMove={onPointerMove}
              onPointerUp={endGesture}
              onPointerCancel={endGesture}
            />
          </button>
        ))}
    </div>
  );

  return (
    <section className="field-placer stack" aria-labelledby="field-placer-title">
      <h2 id="field-placer-title">{t('signatures.place.title')}</h2>
      <p className="field-hint" id="field-placer-keys">
        {t('signatures.place.keys')}
      </p>
      <div className="form-row">
        <SelectField
          label={t('signatures.place.signer')}
          name="placeSigner"
          value={current}
          onChange={(event) => setSignerId(event.target.value)}
        >
          {signers.map((signer) => (
            <option key={signer.id} value={signer.id}>
              {signer.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('signatures.place.page')}
          name="placePage"
          value={String(Math.min(page, Math.max(pageCount, 1)))}
          onChange={(event) => setPage(Number(event.target.value))}
        >
          {Array.from({ length: Math.max(pageCount, 1) }, (_, index) => (
            <option key={index} value={index + 1}>
              {index + 1}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-palette" role="group" aria-label={t('signatures.place.palette')}>
        {FIELD_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn btn--secondary field-palette__item"
            disabled={!current}
            onPointerDown={(event) => onPalettePointerDown(event, kind)}
            // A click (pointer released on the button itself, or Enter/Space) adds it to the chosen page.
            onClick={() => add(kind, Math.min(page, Math.max(pageCount, 1)))}
          >
            {t('signatures.place.add', { kind: t(`signatures.field.${kind}`) })}
          </button>
        ))}
      </div>
      <div className="field-placer__pages">
        <PdfPages url={url} body={body} overlay={overlay} onLoaded={setPageCount} />
      </div>
      <PlacedFieldList
        fields={fields}
        nameOf={nameOf}
        onUpdate={(key, change) => update(key, (field) => ({ ...field, ...change }))}
        onRemove={remove}
      />
    </section>
  );
}
