import { useEffect, useRef, useState, type ReactNode } from 'react';
import { currentCsrfToken } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';

type PdfJs = typeof import('pdfjs-dist');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** pdf.js and its worker, loaded once and only on the pages that show a PDF (their own chunk). */
let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs() {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([module, worker]) => {
      module.GlobalWorkerOptions.workerSrc = worker.default;
      return module;
    },
  );
  return pdfjs;
}

function Page({ pdf, number, overlay }: { pdf: PdfDocument; number: number; overlay?: (page: number) => ReactNode }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ratio, setRatio] = useState(1.414);
  useEffect(() => {
    let cancelled = false;
    let task: { cancel: () => void } | null = null;
    void pdf.getPage(number).then((page) => {
      const element = canvas.current;
      if (cancelled || !element) return;
      const base = page.getViewport({ scale: 1 });
      setRatio(base.height / base.width);
      // Sharp on high-density screens, at most 2x (memory).
      const scale = (Math.min(window.devicePixelRatio || 1, 2) * Math.max(element.clientWidth, 320)) / base.width;
      const viewport = page.getViewport({ scale });
      element.width = Math.floor(viewport.width);
      element.height = Math.floor(viewport.height);
      const render = page.render({ canvas: element, viewport });
      task = render;
      render.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, number]);
  return (
    <figure className="pdf-page" style={{ aspectRatio: `1 / ${ratio}` }}>
      <canvas ref={canvas} aria-label={t('signatures.page', { number, count: pdf.numPages })} role="img" />
      {overlay?.(number)}
    </figure>
  );
}

/** GET the URL, or POST the JSON body to it (a preview of a PDF not sent yet), with the session's cookie. */
async function fetchPdf(url: string, body: string | undefined) {
  if (body === undefined) return fetch(url, { credentials: 'same-origin' });
  const token = await currentCsrfToken();
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
    body,
  });
}

/**
 * The pages of a PDF rendered with pdf.js (no plugin, the same on every browser), with an optional overlay per page
 * (the fields). The bytes are fetched here with the session's cookie; pdf.js never evaluates code from the file.
 * `body` (JSON) makes it a POST: the console's preview of an envelope before it is sent.
 */
export function PdfPages({
  url,
  body,
  overlay,
  onLoaded,
}: {
  url: string;
  body?: string;
  overlay?: (page: number) => ReactNode;
  onLoaded?: (pages: number) => void;
}) {
  const [pdf, setPdf] = useState<PdfDocument | null>(null);
  const [failed, setFailed] = useState(false);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;
  // The document shown stays until the next one is ready (a preview rendered again keeps its pages in place, so a
  // field being placed does not jump); each is destroyed when replaced, and the last when the pages go away.
  const shown = useRef<PdfDocument | null>(null);
  useEffect(() => () => void shown.current?.destroy(), []);
  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    void (async () => {
      try {
        const [lib, response] = await Promise.all([loadPdfJs(), fetchPdf(url, body)]);
        if (!response.ok) throw new Error(String(response.status));
        const data = new Uint8Array(await response.arrayBuffer());
        const doc = await lib.getDocument({ data, isEvalSupported: false }).promise;
        if (cancelled) return void doc.destroy();
        const previous = shown.current;
        shown.current = doc;
        setPdf(doc);
        loaded.current?.(doc.numPages);
        void previous?.destroy();
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [url, body]);
  if (failed) return <p className="muted">{t('signatures.pdfError')}</p>;
  if (!pdf) return <p className="muted">{t('signatures.loadingPdf')}</p>;
  return (
    <section className="pdf-pages" aria-label={t('signatures.pages')} data-pages={pdf.numPages}>
      {Array.from({ length: pdf.numPages }, (_, index) => (
        <Page key={index} pdf={pdf} number={index + 1} overlay={overlay} />
      ))}
    </section>
  );
}
