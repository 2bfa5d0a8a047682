// Returns one line per layout problem of the page as it is laid out now:
// - an element with text whose content is wider or taller than its box (scrollWidth > clientWidth,
//   scrollHeight > clientHeight), inline boxes excepted (they have no box of their own);
// - the page wider than the window (a horizontal scroll bar, or cut on paper);
// - an SVG text whose box, transforms applied, leaves its svg's viewBox (it would be cut).
// One CSS pixel of tolerance for sub-pixel rounding.
const tolerance = 1;
const problems = [];
const describe = (e) => {
  const text = (e.textContent || '').replace(/\s+/g, ' ').trim();
  return '<' + e.tagName.toLowerCase() + '> "' + (text.length > 60 ? text.slice(0, 60) + '…' : text) + '"';
};
for (const e of document.body.querySelectorAll('*')) {
  if (e instanceof SVGElement || !(e.textContent || '').trim()) {
    continue;
  }
  const style = getComputedStyle(e);
  if (style.display === 'inline' || style.display === 'none' || style.display === 'contents') {
    continue;
  }
  if (e.scrollWidth > e.clientWidth + tolerance || e.scrollHeight > e.clientHeight + tolerance) {
    problems.push('text overflows its box: ' + describe(e) + ' content ' + e.scrollWidth + 'x'
        + e.scrollHeight + ' in a box of ' + e.clientWidth + 'x' + e.clientHeight);
  }
}
const root = document.documentElement;
if (root.scrollWidth > root.clientWidth + tolerance) {
  problems.push('page wider than the window: ' + root.scrollWidth + ' > ' + root.clientWidth);
}
for (const t of document.querySelectorAll('svg text')) {
  const svg = t.ownerSVGElement;
  const view = svg.viewBox.baseVal;
  if (!view || view.width === 0) {
    problems.push('svg without a viewBox holds ' + describe(t));
    continue;
  }
  const box = t.getBBox();
  const toSvg = svg.getScreenCTM().inverse().multiply(t.getScreenCTM());
  const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height],
      [box.x + box.width, box.y + box.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(toSvg));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const left = Math.min(...xs), right = Math.max(...xs), top = Math.min(...ys), bottom = Math.max(...ys);
  if (left < view.x - tolerance || top < view.y - tolerance
      || right > view.x + view.width + tolerance || bottom > view.y + view.height + tolerance) {
    problems.push('svg text leaves its viewBox: ' + describe(t) + ' spans x ' + left.toFixed(1) + '..'
        + right.toFixed(1) + ', y ' + top.toFixed(1) + '..' + bottom.toFixed(1) + ' in viewBox '
        + view.x + ' ' + view.y + ' ' + view.width + ' ' + view.height
        + ' of <svg aria-label="' + (svg.getAttribute('aria-label') || '') + '">');
  }
}
return problems;
