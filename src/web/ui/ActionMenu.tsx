import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/** One entry of an action menu: a command (onSelect) or a link (href; `download` for files). */
export type ActionMenuItem =
  | { id: string; label: string; onSelect: () => void; danger?: boolean }
  | { id: string; label: string; href: string; download?: boolean };

interface ActionMenuProps {
  /** The button's accessible name, e.g. "Actions for report.pdf" (visually the button shows only an icon). */
  label: string;
  items: ActionMenuItem[];
}

/**
 * A menu button (WAI-ARIA APG "menu button"): one per row instead of a row of buttons that differ per row.
 * Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; ArrowUp/Down, Home and End move;
 * Escape (or Tab, or a click elsewhere) closes it and focus returns to the button; choosing an item closes it
 * and returns focus before the item acts, so a dialog the item opens gives focus back to the button when it
 * closes. The menu is positioned `fixed` from the button (and follows it on scroll), so a scrolling table
 * wrapper never clips it.
 * Hand-written: a few dozen lines of well-known behaviour, not worth a dependency.
 */
export function ActionMenu({ label, items }: ActionMenuProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [position, setPosition] = useState<{ top: number; right: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  // Below the button, or above it when the window has no room below; kept in place while the page scrolls.
  const place = useCallback(() => {
    if (!button.current) return;
    const rect = button.current.getBoundingClientRect();
    const height = menu.current?.offsetHeight ?? 0;
    const below = rect.bottom + 4 + height <= window.innerHeight || rect.top - 4 - height < 0;
    setPosition({
      top: below ? rect.bottom + 4 : rect.top - 4 - height,
      right: Math.max(8, window.innerWidth - rect.right),
    });
  }, []);

  useLayoutEffect(() => {
    if (open) place();
    else setPosition(null);
  }, [open, place]);

  const placed = position !== null;
  useEffect(() => {
    if (!open || !placed) return;
    const all = entries();
    (open === 'last' ? all[all.length - 1] : all[0])?.focus({ preventScroll: true });
  }, [open, placed]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, close, place]);

  if (!items.length) return null;

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = entries();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => all[(next + all.length) % all.length]?.focus({ preventScroll: true });
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(all.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
    }
  };

  return (
    <div className="action-menu">
      <button
        ref={button}
        type="button"
        className="btn btn--secondary btn--small action-menu__button"
        aria-haspopup="menu"
        aria-expanded={open ? true : false}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
          <circle cx="3" cy="8" r="1.6" fill="currentColor" />
          <circle cx="8" cy="8" r="1.6" fill="currentColor" />
          <circle cx="13" cy="8" r="1.6" fill="currentColor" />
        </svg>
        <span className="sr-only">{label}</span>
      </button>
      {open ? (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className="action-menu__list"
          style={position ? { top: position.top, right: position.right } : { visibility: 'hidden' }}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <li key={item.id} role="none">
              {'href' in item ? (
                <a
                  role="menuitem"
                  tabIndex={-1}
                  className="action-menu__item"
                  href={item.href}
                  download={item.download}
                  onClick={() => close(true)}
                >
                  {item.label}
                </a>
              ) : (
                <button
                  role="menuitem"
                  tabIndex={-1}
                  type="button"
                  className={item.danger ? 'action-menu__item action-menu__item--danger' : 'action-menu__item'}
                  onClick={() => {
                    close(true);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
