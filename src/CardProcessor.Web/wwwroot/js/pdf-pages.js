// Draws each <canvas data-pdf> with pdf.js: the one-page PDF the app serves for a stored document's page.
// data-rendered="true" marks a drawn page (the browser tests wait for it).
import * as pdfjs from '../lib/pdfjs/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('../lib/pdfjs/pdf.worker.min.mjs', import.meta.url).href;

// One worker for every page, and one page at a time: starting several documents at once while the
// worker is still loading left a page undrawn, with no error, on a loaded machine.
const worker = new pdfjs.PDFWorker();

for (const canvas of document.querySelectorAll('canvas[data-pdf]')) {
  try {
    await drawWithOneRetry(canvas);
  } catch (error) {
    console.error(`page ${canvas.dataset.pdf} could not be drawn`, error);
    canvas.dataset.rendered = 'false';
    canvas.insertAdjacentText('afterend', `The page could not be shown: ${error.message}`);
  }
}

async function drawWithOneRetry(canvas) {
  try {
    await draw(canvas);
  } catch (error) {
    console.warn(`page ${canvas.dataset.pdf}: drawing again after`, error);
    await draw(canvas);
  }
}

async function draw(canvas) {
  const loading = pdfjs.getDocument({ url: canvas.dataset.pdf, withCredentials: true, worker });
  const pdf = await loading.promise;
  const page = await pdf.getPage(1);
  const width = canvas.parentElement.clientWidth || 560;
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
  canvas.dataset.rendered = 'true';
}
