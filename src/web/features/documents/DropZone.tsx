import { useId, useRef, useState, type DragEvent } from 'react';
import { t } from '../../i18n/index.ts';

interface DropZoneProps {
  onFiles: (files: File[]) => void;
  /** Accessible name of the button; defaults to "Upload files". */
  label?: string;
  multiple?: boolean;
  disabled?: boolean;
  hint?: string;
}

/**
 * Where files are dropped; also a real button that opens the file picker, so it works by keyboard and touch.
 * The hidden input carries the same label for assistive technology and tests.
 */
export function DropZone({ onFiles, label, multiple = true, disabled = false, hint }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = `${useId().replace(/:/g, '')}-hint`;
  const name = label ?? t('documents.upload.button');

  const accept = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDragOver = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) accept(event.dataTransfer.files);
  };

  return (
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <button
        type="button"
        className="drop-zone__button"
        disabled={disabled}
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" className="drop-zone__icon">
          <path
            d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="drop-zone__label">{name}</span>
      </button>
      <p id={hintId} className="drop-zone__hint muted small">
        {hint ?? (multiple ? t('documents.upload.hint') : t('documents.upload.hintOne'))}
      </p>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        hidden
        tabIndex={-1}
        aria-label={name}
        onChange={(event) => {
          accept(event.target.files);
          event.target.value = '';
        }}
      />
    </div>
  );
}
