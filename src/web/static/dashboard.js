// Draws the dashboard charts from /api/stats with Chart.js. External file: the CSP forbids
// inline scripts. Every number is also in the page's tables, so nothing is lost without JS.
(async function () {
  "use strict";
  const Chart = window.Chart;
  if (!Chart) return;
  const res = await fetch("/api/stats", { headers: { accept: "application/json" } });
  if (!res.ok) return;
  const stats = await res.json();
  const palette = ["#0b5cad", "#b3261e", "#1b7f3b", "#7a4cc2", "#a15c00"];
  const open = (url) => { if (url && /^https?:\/\//.test(url)) window.open(url, "_blank", "noopener"); };

  const heldCanvas = document.getElementById("held-chart");
  if (heldCanvas) {
    const datasets = stats.heldOverTime.claimed.map((s, i) => ({
      label: s.publisher + " (claimed)",
      data: s.points.map((p) => ({ x: p.date, y: p.value, url: p.sourceUrl })),
      borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length], tension: 0.1,
    }));
    if (stats.heldOverTime.derived.length) {
      datasets.push({ label: "Named in registry (derived)", data: stats.heldOverTime.derived.map((d) => ({ x: d.date, y: d.held })), borderColor: "#555", backgroundColor: "#555", borderDash: [4, 4] });
    }
    const labels = [...new Set(datasets.flatMap((d) => d.data.map((p) => p.x)))].sort();
    window.vigilHeldChart = new Chart(heldCanvas, {
      type: "line",
      data: { labels, datasets },
      options: {
        maintainAspectRatio: false, animation: false, parsing: { xAxisKey: "x", yAxisKey: "y" }, spanGaps: true,
        onClick: (_e, els) => { const el = els[0]; if (el) open(datasets[el.datasetIndex].data[el.index].url); },
        plugins: { tooltip: { callbacks: { footer: () => "click: open the source" } } },
      },
    });
  }

  const roundsCanvas = document.getElementById("rounds-chart");
  if (roundsCanvas) {
    const rounds = stats.rounds.slice().sort((a, b) => String(a.date).localeCompare(String(b.date)));
    window.vigilRoundsChart = new Chart(roundsCanvas, {
      type: "bar",
      data: {
        labels: rounds.map((r) => r.date || "undated"),
        datasets: [
          { label: "People released", data: rounds.map((r) => r.count), backgroundColor: rounds.map((r) => (r.type === "pardon" ? "#0b5cad" : "#a15c00")) },
          { label: "Identified by name", data: rounds.map((r) => r.identified), backgroundColor: "#1b7f3b" },
        ],
      },
      options: {
        maintainAspectRatio: false, animation: false,
        onClick: (_e, els) => { const el = els[0]; if (el) { const s = rounds[el.index].sources[0]; open(s && s.url); } },
      },
    });
  }
  document.documentElement.dataset.chartsReady = "true";
})();
