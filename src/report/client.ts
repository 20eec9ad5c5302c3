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
  var extra = ['ongoing', 'recurring', 'unspecified'];
  // A blank slot keeps the month bars apart from the ongoing/recurring/unspecified ones.
  var labels = months.concat([''], extra.map(function (k) { return data.labels[k]; }));
  var firstExtra = months.length + 1;
  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  data.timeline.plans.forEach(function (plan, i) {
    var canvas = document.getElementById('timeline-' + i);
    var pad = [null].concat(extra.map(function () { return null; }));
    var dated = months.map(function (m) { return plan.months[m] || null; }).concat(pad);
    var kinds = extra.map(function (k, j) {
      var values = months.map(function () { return null; }).concat(pad.slice());
      values[firstExtra + j] = plan[k] || null;
      return { label: data.labels[k], data: values, backgroundColor: data.colours[k], skipNull: true };
    });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: data.labels.dated, data: dated, backgroundColor: data.colours.dated, skipNull: true }].concat(kinds) },
      options: {
        maintainAspectRatio: false,
        grouped: false,
        plugins: { legend: { display: i === 0, position: 'top' }, tooltip: { mode: 'index', intersect: false } },
        scales: {
          // Years on the axis (at each January, and at the first month), the three kinds by name.
          x: { ticks: { autoSkip: false, maxRotation: 0, callback: function (v, idx) {
            var l = labels[idx];
            if (idx >= months.length) return l;
            return (idx === 0 || l.slice(5) === '01') ? l.slice(0, 4) : '';
          } } },
          y: { beginAtZero: true, ticks: { precision: 0 } }
        }
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
