import { Checkbox } from './Field.tsx';

/*
 * Editors of ordered items that wait for earlier ones (onboarding steps, project template tasks): the positions an
 * item waits for, and moving or removing it. Waiting only for earlier items keeps the list free of cycles; the
 * servers refuse anything else.
 */

/**
 * The items in a new order (`order` lists the old positions), each still waiting for the same items at their new
 * positions, and only for those still before it (a removed item, or one moved after it, is dropped).
 */
export function reorderWaiting<T>(
  items: T[],
  order: number[],
  waitsFor: (item: T) => number[],
  withWaitsFor: (item: T, positions: number[]) => T,
): T[] {
  const newIndex = new Map(order.map((old, index) => [old, index]));
  return order.map((old, index) =>
    withWaitsFor(
      items[old]!,
      waitsFor(items[old]!)
        .map((position) => newIndex.get(position))
        .filter((position): position is number => position !== undefined && position < index),
    ),
  );
}

/** The order (old positions) after moving the item at `from` to `to`, for `reorderWaiting`. */
export function movedOrder(length: number, from: number, to: number) {
  const order = Array.from({ length }, (_, index) => index);
  order.splice(to, 0, order.splice(from, 1)[0]!);
  return order;
}

/** Checkboxes of the earlier items (numbered titles) this one waits for. */
export function WaitsForFieldset(props: {
  legend: string;
  className: string;
  earlier: string[];
  chosen: number[];
  onChange: (positions: number[]) => void;
}) {
  if (!props.earlier.length) return null;
  return (
    <fieldset className={props.className}>
      <legend>{props.legend}</legend>
      {props.earlier.map((title, position) => (
        <Checkbox
          key={position}
          label={`${position + 1}. ${title}`}
          checked={props.chosen.includes(position)}
          onChange={(event) =>
            props.onChange(
              event.target.checked
                ? [...props.chosen, position].sort((a, b) => a - b)
                : props.chosen.filter((item) => item !== position),
            )
          }
        />
      ))}
    </fieldset>
  );
}

/** Up, down and remove for the item at `index` (labels name the item, so each button is told apart). */
export function MoveRemoveButtons(props: {
  index: number;
  last: boolean;
  labels: { up: string; down: string; remove: string };
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { index, last, labels } = props;
  return (
    <div className="form-row">
      <button
        type="button"
        className="btn btn--secondary btn--small"
        disabled={index === 0}
        onClick={() => props.onMove(index - 1)}
      >
        {labels.up}
      </button>
      <button
        type="button"
        className="btn btn--secondary btn--small"
        disabled={last}
        onClick={() => props.onMove(index + 1)}
      >
        {labels.down}
      </button>
      <button type="button" className="btn btn--danger btn--small" onClick={props.onRemove}>
        {labels.remove}
      </button>
    </div>
  );
}
