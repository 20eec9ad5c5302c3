/**
 * The report's own script, inlined after Chart.js: one bar chart per plan
 * from the JSON data island, and the task table's search. Plain ES2020 for
 * any current browser; it reads nothing but the page itself.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var months = data.timeline.months;
  var kinds = ['ongoing', 'recurring', 'unspecified'];
  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  // Years on the axis: at each January, and at the first month when no January follows soon.
  var firstJanuary = months.findIndex(function (m) { return m.slice(5) === '01'; });
  function yearTick(v, idx) {
    var m = months[idx];
    if (m.slice(5) === '01') return m.slice(0, 4);
    return idx === 0 && (firstJanuary < 0 || firstJanuary > 3) ? m.slice(0, 4) : '';
  }
  var axes = function (x) {
    return { x: x, y: { beginAtZero: true, ticks: { precision: 0 } } };
  };
  data.timeline.plans.forEach(function (plan, i) {
    // Dated tasks by due month, on the run's common month axis.
    new Chart(document.getElementById('timeline-' + i), {
      type: 'bar',
      data: { labels: months, datasets: [{ label: data.labels.dated, data: months.map(function (m) { return plan.months[m] || 0; }), backgroundColor: data.colours.dated }] },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { intersect: false, mode: 'index' } },
        scales: axes({ grid: { display: false }, ticks: { autoSkip: false, maxRotation: 0, callback: yearTick } })
      }
    });
    // Tasks with no due date, apart: ongoing, recurring, unspecified.
    new Chart(document.getElementById('kinds-' + i), {
      type: 'bar',
      data: {
        labels: kinds.map(function (k) { return data.labels[k]; }),
        datasets: [{ label: 'tasks', data: kinds.map(function (k) { return plan[k]; }), backgroundColor: kinds.map(function (k) { return data.colours[k]; }) }]
      },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: axes({ grid: { display: false }, ticks: { maxRotation: 0, autoSkip: false } })
      }
    });
  });

  var search = document.getElementById('task-search');
  var planFilter = document.getElementById('task-plan');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#task-table tbody tr'));
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var count = document.getElementById('task-count');
  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var plan = planFilter.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = (!plan || row.getAttribute('data-plan') === plan) && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = String(shown);
  }
  search.addEventListener('input', filter);
  planFilter.addEventListener('change', filter);
  filter();
  document.body.setAttribute('data-ready', 'true');
})();
`;
