/**
 * Hostile strings, each calling `window.__xss(<where>)` (a Playwright binding) or `alert()` if
 * it ever runs, so a test can tell which stored field broke out.
 */
export function payload(where: string): string {
  // short enough for 200-character fields
  return `<img src=x onerror="window.__xss('${where}')"><script>window.__xss('${where}')</script>"'><svg onload=alert('${where}')>`;
}

/** An http(s) URL that is valid to the URL parser yet tries to break out of an href attribute. */
export function hostileUrl(where: string): string {
  return `https://example.org/x"><img src=x onerror="window.__xss('${where}')">?q='onmouseover='window.__xss(1)`;
}

/** An article page with every classic vector; import must keep none of them live. */
export function hostileArticleHtml(where: string): string {
  return `<html><head><title>${where}</title><script>window.__xss('${where}-head')</script>
<meta http-equiv="refresh" content="0;url=javascript:window.__xss('${where}-meta')"></head><body>
<article><h1>Hostile <img src=x onerror="window.__xss('${where}-h1')"></h1>
<p>The $100 billion ISS is a 25-year-old totem of scientific diplomacy.<script>window.__xss('${where}-script')</script></p>
<p>Click <a href="javascript:window.__xss('${where}-link')">here</a> or <a href="data:text/html,<script>alert(1)</script>">there</a>.</p>
<p onclick="window.__xss('${where}-onclick')" style="background:url(javascript:window.__xss('${where}-css'))">Officials met in 2018 for the first time since 2018.</p>
<iframe src="javascript:window.__xss('${where}-iframe')"></iframe><object data="data:text/html,<script>alert(2)</script>"></object>
<svg><script>window.__xss('${where}-svg')</script></svg><form action="javascript:window.__xss('${where}-form')"><button>go</button></form>
</article></body></html>`;
}
