/*
 * Kenes report page. No inline script (the Content-Security-Policy forbids it): the charts' data
 * come from data-chart attributes, each chart has a visible table that says the same; the print
 * button opens the browser's print dialog (which also saves as PDF).
 */
(function () {
  'use strict';

  /* Colours with at least 3:1 contrast on white, told apart by lightness as well as hue. */
  var COLOURS = {
    high: '#1e6b33', medium: '#b58100', dissatisfied: '#b3261e',
    a0: '#b3261e', a1: '#e07b39', a2: '#5b9bd5', a3: '#00677f'
  };

  function draw(element) {
    if (typeof window.echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var horizontal = data.horizontal === true;
    var categoryAxis = { type: 'category', data: data.categories, axisLabel: { interval: 0 } };
    var valueAxis = { type: 'value', max: 100, axisLabel: { formatter: '{value}' + data.unit } };
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: horizontal ? 160 : 48, right: 16, top: 16, bottom: 64, containLabel: false },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? Object.assign(categoryAxis, { inverse: true }) : valueAxis,
      series: data.series.map(function (s) {
        return {
          type: 'bar', name: s.name, stack: s.stack, data: s.data,
          itemStyle: { color: COLOURS[s.level], borderColor: '#ffffff', borderWidth: 1 }
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
    window.addEventListener('afterprint', function () { chart.resize(); });
  }

  function start() {
    document.querySelectorAll('[data-chart]').forEach(draw);
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
    if (window.Kenes && window.Kenes.sendFrameHeight) {
      window.Kenes.sendFrameHeight();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
