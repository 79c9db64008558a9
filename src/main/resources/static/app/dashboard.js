// Draws the dashboard's figures (register/dashboard.html) with Chart.js, bundled by the build (static/vendor/chart.js);
// a click on a bar opens the proposals behind it.
(function () {
  'use strict';
  var figures = JSON.parse(document.getElementById('figures-data').textContent);
  var colours = { overdue: '#b5152b', breaches: '#b5152b', daysInStage: '#8a5a00', toBoard: '#8a5a00' };
  figures.forEach(function (figure) {
    var canvas = document.querySelector('canvas[data-figure="' + figure.id + '"]');
    if (!canvas || figure.bars.length === 0) {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: figure.bars.map(function (bar) { return bar.label; }),
        datasets: [{
          label: figure.unit,
          data: figure.bars.map(function (bar) { return bar.value; }),
          backgroundColor: colours[figure.id] || '#2f6fb5'
        }]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, title: { display: true, text: figure.unit } } },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
        },
        onClick: function (event, elements) {
          if (elements.length) {
            window.location.href = figure.bars[elements[0].index].link;
          }
        }
      }
    });
  });
}());
