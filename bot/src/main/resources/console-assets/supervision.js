// The supervisor's charts: figures from /console/supervision/figures (aggregates only), drawn with ECharts from its
// webjar. Texts come from the page's data-* attributes. A chart that has been drawn gets the class "drawn", which
// the browser test waits for.
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function chart(id, option) {
    var el = document.getElementById(id);
    var c = echarts.init(el, null, { renderer: 'canvas' });
    c.on('finished', function () { el.classList.add('drawn'); });
    c.setOption(Object.assign({ animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' },
      grid: { left: 40, right: 16, top: 36, bottom: 40, containLabel: true } }, option));
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }

  ready(function () {
    var box = document.getElementById('sup-charts');
    if (!box || typeof echarts === 'undefined') { return; }
    var t = box.dataset;
    fetch('/console/supervision/figures?by=' + encodeURIComponent(t.by || 'day'),
      { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (f) {
        var x = { type: 'category', data: f.periods };
        var languages = Object.keys(f.escalations);
        chart('chart-escalations', {
          xAxis: x, yAxis: { type: 'value', minInterval: 1 },
          series: languages.map(function (l) {
            return { name: l, type: 'bar', stack: 'esc', data: f.escalations[l] };
          })
        });
        chart('chart-wait', {
          xAxis: x, yAxis: { type: 'value' },
          series: [
            { name: t.seriesMedian, type: 'line', connectNulls: false, data: f.waitMedian },
            { name: t.seriesP90, type: 'line', connectNulls: false, data: f.waitP90 }
          ]
        });
        chart('chart-share', {
          xAxis: x, yAxis: { type: 'value', minInterval: 1 },
          series: [
            { name: t.seriesSelam, type: 'bar', stack: 'share', data: f.bySelam },
            { name: t.seriesPerson, type: 'bar', stack: 'share', data: f.byPerson }
          ]
        });
        var topics = f.feedback.map(function (x) { return x.topic; }).reverse();
        chart('chart-feedback', {
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: topics },
          series: [
            { name: t.seriesUp, type: 'bar', stack: 'fb', data: f.feedback.map(function (x) { return x.up; }).reverse() },
            { name: t.seriesDown, type: 'bar', stack: 'fb', data: f.feedback.map(function (x) { return x.down; }).reverse() }
          ]
        });
      })
      .catch(function () {
        box.setAttribute('data-error', 'true');
        var p = document.createElement('p');
        p.className = 'notice error';
        p.textContent = t.empty;
        box.prepend(p);
      });
  });
})();
