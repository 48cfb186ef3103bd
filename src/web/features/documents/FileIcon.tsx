import type { FileKind } from './format.ts';

const GLYPH: Record<FileKind, string> = {
  image: 'M8 14l2.5-3 2 2.5L15 10l3 4H8Z',
  pdf: 'M8 11h8M8 14h8M8 17h5',
  text: 'M8 11h8M8 14h8M8 17h6',
  spreadsheet: 'M8 11h8v6H8Zm0 3h8m-4-3v6',
  document: 'M8 11h8M8 14h8M8 17h8',
  archive: 'M12 4v2m0 2v2m0 2v2m-1 0h2v3h-2Z',
  audio: 'M10 17a1.5 1.5 0 1 1 0-.1V10l5-1v6.5',
  video: 'M8 11h6v6H8Zm6 2 3-2v6l-3-2',
  other: '',
};

/** A small document glyph for a file kind (decorative: the kind is also given as text nearby). */
export function FileIcon({ kind, folder = false }: { kind?: FileKind; folder?: boolean }) {
  if (folder) {
    return (
      <svg className="file-icon file-icon--folder" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
        <path
          d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2Z"
          fill="currentColor"
          opacity=".85"
        />
      </svg>
    );
  }
  const glyph = GLYPH[kind ?? 'other'];
  return (
    <svg
      className={`file-icon file-icon--${kind ?? 'other'}`}
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="24"
      height="24"
    >
      <path
        d="M6 3h8l4 4v13a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <path d="M14 3v4h4" fill="none" stroke="currentColor" strokeWidth="1.5" />
      {glyph ? <path d={glyph} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" /> : null}
    </svg>
  );
}
