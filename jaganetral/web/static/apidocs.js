/* Start Swagger UI or ReDoc on /docs and /redoc (local files only; no inline script under the CSP). */
(function () {
  var sw = document.getElementById("swagger-ui");
  if (sw && window.SwaggerUIBundle) {
    window.SwaggerUIBundle({ url: sw.dataset.openapi, dom_id: "#swagger-ui", deepLinking: true,
      presets: [window.SwaggerUIBundle.presets.apis], layout: "BaseLayout" });
  }
  var rd = document.getElementById("redoc");
  if (rd && window.Redoc) { window.Redoc.init(rd.dataset.openapi, {}, rd); }
})();
