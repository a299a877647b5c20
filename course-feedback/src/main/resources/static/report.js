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
   * Whether a chart of groups is drawn with horizontal bars: when its data say so, or when a word
   * of a category label does not fit the label's slot under a vertical bar (many groups, long
   * names in Russian or Kazakh, a narrow frame or a printed page). Horizontal bars give every label
   * a line of its own on the left, so labels never run into each other nor into the legend, and
   * are never turned or cut mid-word.
   */
  function horizontal(element, data) {
    return data.horizontal === true
      || longestWord(data.categories) > slotWidth(element, data.categories) - 8;
  }

  function options(element, data) {
    var sideways = horizontal(element, data);
    var labels = sideways
      ? { interval: 0, width: 140, overflow: 'break', lineHeight: 14 }
      : { interval: 0, width: slotWidth(element, data.categories) - 8, overflow: 'break',
          lineHeight: 14 };
    var categoryAxis = { type: 'category', data: data.categories, axisLabel: labels };
    var valueAxis = { type: 'value', max: 100, axisLabel: { formatter: '{value}' + data.unit } };
    return {
      animation: false,
      aria: { enabled: true },
      textStyle: { fontFamily: 'sans-serif', fontSize: 12 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      /* the legend above the plot, the axis labels beside or below it: they cannot overlap */
      legend: { type: 'scroll', top: 0, left: 'center', itemGap: 20 },
      /* containLabel measures the labels; the margin covers fonts that draw a little wider */
      grid: { left: 24, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: sideways ? valueAxis : categoryAxis,
      yAxis: sideways ? Object.assign(categoryAxis, { inverse: true }) : valueAxis,
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
