// Live progress on the session page: the app passes on the API's server-sent events (the browser never polls)
// and each event redraws the documents table. The stream ends once the session is no longer Processing.
const table = document.getElementById('progress');
if (table && table.dataset.status === 'Processing') {
  const canRetry = table.dataset.canProcess === 'true';
  const source = new EventSource(`/sessions/${table.dataset.session}/events`);
  source.addEventListener('progress', event => render(JSON.parse(event.data)));
  source.onerror = () => {
    // The server closes the stream after the final state; EventSource would reconnect, which is not wanted.
    if (table.dataset.status !== 'Processing') source.close();
  };

  function render(progress) {
    table.dataset.status = progress.status;
    document.getElementById('session-status').textContent = progress.status;
    document.getElementById('documents-done').textContent = progress.documentsDone;
    document.getElementById('document-count').textContent = progress.documentCount;
    const body = table.tBodies[0];
    body.replaceChildren(...progress.documents.map(row));
    if (progress.status !== 'Processing') {
      source.close();
      document.getElementById('finished').hidden = !['Review', 'Approved'].includes(progress.status);
      document.getElementById('cancel')?.remove();
    }
  }

  function row(doc) {
    const tr = document.createElement('tr');
    tr.dataset.document = doc.documentId;
    const cells = [doc.fileName, doc.kind, doc.status, `${doc.pagesDone} of ${doc.pageCount}`, doc.attempts,
      doc.error ?? ''];
    const classes = ['', '', 'doc-status', 'num', 'num', 'error'];
    cells.forEach((text, i) => {
      const td = document.createElement('td');
      td.textContent = text;
      if (classes[i]) td.className = classes[i];
      tr.append(td);
    });
    const actions = document.createElement('td');
    if (canRetry && doc.status === 'Failed') {
      const retry = document.createElement('button');
      retry.type = 'submit';
      retry.name = 'retry';
      retry.value = doc.documentId;
      retry.textContent = 'Retry';
      retry.setAttribute('aria-label', `Retry ${doc.fileName}`);
      actions.append(retry);
    }
    tr.append(actions);
    return tr;
  }
}
