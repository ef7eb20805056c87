// The trends chart (chart.js) from the same data as the table beside it.
(() => {
  const canvas = document.getElementById('trend-chart');
  if (!canvas || !window.Chart) return;
  const trend = JSON.parse(canvas.dataset.trend);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: trend.months,
      datasets: trend.series.slice(0, 12).map(series => ({
        label: series.label,
        data: trend.months.map(month => series.points.find(p => p.month === month)?.total ?? 0),
      })),
    },
    options: { animation: false, plugins: { legend: { position: 'right' } } },
  });
})();
