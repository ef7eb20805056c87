// Upload by drag and drop or the file picker: the files go to the app, which passes each to the API and answers
// per file with the kind recognised or the API's reason (and trace id). The page reloads when one was accepted,
// so the documents table and the Start button show the new state.
const form = document.getElementById('upload');
if (form) {
  const input = form.querySelector('input[type=file]');
  const results = document.getElementById('upload-results');
  ['dragenter', 'dragover'].forEach(name => form.addEventListener(name, event => {
    event.preventDefault();
    form.classList.add('dragging');
  }));
  ['dragleave', 'drop'].forEach(name => form.addEventListener(name, () => form.classList.remove('dragging')));
  form.addEventListener('drop', event => {
    event.preventDefault();
    send([...event.dataTransfer.files]);
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    send([...input.files]);
  });

  async function send(files) {
    if (files.length === 0) return;
    const body = new FormData();
    body.append('__RequestVerificationToken', form.querySelector('[name=__RequestVerificationToken]').value);
    files.forEach(file => body.append('files', file, file.name));
    results.replaceChildren(item(`Uploading ${files.length} file(s)…`));
    const response = await fetch(form.action, { method: 'POST', body });
    if (!response.ok) {
      results.replaceChildren(item(`The upload failed (${response.status}).`, true));
      return;
    }
    const answers = await response.json();
    results.replaceChildren(...answers.map(a => a.error
      ? item(`${a.fileName}: ${a.error}${a.traceId ? ` (trace id ${a.traceId})` : ''}`, true)
      : item(`${a.fileName}: ${a.kind}, ${a.pageCount} page(s)`)));
    if (answers.some(a => !a.error)) {
      sessionStorage.setItem('upload-results', results.innerHTML);
      location.reload();
    }
  }

  function item(text, error) {
    const li = document.createElement('li');
    li.textContent = text;
    if (error) li.className = 'error';
    return li;
  }

  const kept = sessionStorage.getItem('upload-results');
  if (kept) {
    results.innerHTML = kept;
    sessionStorage.removeItem('upload-results');
  }
}
