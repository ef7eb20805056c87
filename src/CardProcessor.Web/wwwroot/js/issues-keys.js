// Keyboard use of the issues table (documented on the page): j/k move, x selects, Enter opens,
// r/w resolve or waive the selected issues with the note, / searches.
const table = document.getElementById('issues');
if (table) {
  const rows = [...table.tBodies[0].rows];
  const form = document.getElementById('issues-form');
  let current = -1;

  function focusRow(index) {
    if (rows.length === 0) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle('current', i === current));
    rows[current].querySelector('a').focus();
  }

  function submit(action) {
    const button = form.querySelector(`button[name=action][value=${action}]`);
    if (button) form.requestSubmit(button);
  }

  document.addEventListener('keydown', event => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName);
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case 'j': focusRow(current + 1); break;
      case 'k': focusRow(current - 1); break;
      case 'x': {
        const box = rows[current]?.querySelector('input[type=checkbox]');
        if (box) box.checked = !box.checked;
        break;
      }
      case 'r': submit('Resolved'); break;
      case 'w': submit('Waived'); break;
      case '/': document.getElementById('search').focus(); break;
      default: return;
    }
    event.preventDefault();
  });
}
