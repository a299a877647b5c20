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

  /* Room for one category's label along the x-axis of a vertical chart, in pixels. */
  function slotWidth(element, categories) {
    var width = element.clientWidth || 600;
    return Math.floor((width - 64) / Math.max(categories.length, 1));
  }

  /* The width of the longest word of the labels, as ECharts draws them (12px sans-serif). */
  function longestWord(categories) {
    var context = document.createElement('canvas').getContext('2d');
    if (!context) {
      return 0;
    }
    context.font = '12px sans-serif';
    var longest = 0;
    categories.forEach(function (label) {
      label.split(/\s+/).forEach(function (word) {
        longest = Math.max(longest, context.measureText(word).width);
      });
    });
    return Math.ceil(longest);
  }

  /*
   * Category labels that never run into each other nor into the legend (which sits above the
   * plot): each label wraps between words within its own slot; when a word does not fit its slot
   * (many groups, long names, a narrow frame) the labels are turned, on one line each so that
   * turned labels do not overlap, and never cut mid-word.
   */
  function categoryLabels(element, data) {
    if (data.horizontal === true) {
      return { interval: 0, width: 140, overflow: 'break', lineHeight: 14 };
    }
    var room = slotWidth(element, data.categories) - 8;
    if (longestWord(data.categories) > room) {
      return {
        interval: 0, rotate: 45, width: 160, overflow: 'truncate', lineHeight: 14,
        formatter: function (label) { return label.replace(/\n/g, ' '); }
      };
    }
    return { interval: 0, rotate: 0, width: room, overflow: 'break', lineHeight: 14 };
  }

  function options(element, data) {
    var horizontal = data.horizontal === true;
    var labels = categoryLabels(element, data);
    var categoryAxis = { type: 'category', data: data.categories, axisLabel: labels };
    var valueAxis = { type: 'value', max: 100, axisLabel: { formatter: '{value}' + data.unit } };
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      /* the legend above the plot, the axis labels below it: they cannot overlap */
      legend: { type: 'scroll', top: 0, left: 'center' },
      /* containLabel keeps the labels inside; a turned first label also reaches to the left */
      grid: { left: labels.rotate ? 56 : 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? Object.assign(categoryAxis, { inverse: true }) : valueAxis,
      series: data.series.map(function (s) {
        return {
          type: 'bar', name: s.name, stack: s.stack, data: s.data,
          itemStyle: { color: COLOURS[s.level], borderColor: '#ffffff', borderWidth: 1 }
        };
      })
    };
  }

  function draw(element) {
    if (typeof window.echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(options(element, data));
    /* the page's width (and the printed page's) decides how the labels fit: lay out again */
    function relayout() {
      chart.resize();
      chart.setOption(options(element, data));
    }
    window.addEventListener('resize', relayout);
    window.addEventListener('beforeprint', relayout);
    window.addEventListener('afterprint', relayout);
    if (window.matchMedia) {
      var print = window.matchMedia('print');
      if (print.addEventListener) {
        print.addEventListener('change', relayout);
      }
    }
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
