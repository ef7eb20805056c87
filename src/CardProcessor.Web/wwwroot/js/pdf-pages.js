// Draws each <canvas data-pdf> with pdf.js: the one-page PDF the app serves for a stored document's page.
// data-rendered="true" marks a drawn page (the browser tests wait for it).
import * as pdfjs from '../lib/pdfjs/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('../lib/pdfjs/pdf.worker.min.mjs', import.meta.url).href;

for (const canvas of document.querySelectorAll('canvas[data-pdf]')) {
  draw(canvas).catch(error => {
    canvas.dataset.rendered = 'false';
    canvas.insertAdjacentText('afterend', `The page could not be shown: ${error.message}`);
  });
}

async function draw(canvas) {
  const pdf = await pdfjs.getDocument({ url: canvas.dataset.pdf, withCredentials: true }).promise;
  const page = await pdf.getPage(1);
  const width = canvas.parentElement.clientWidth || 560;
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
  canvas.dataset.rendered = 'true';
}
